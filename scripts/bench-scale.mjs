/**
 * npm run bench:scale [-- --sizes 1,10,100,1000] [-- --keep] [-- --prepare-only]
 *
 * How the build grows with the amount of content. For each size N (stories):
 *  1. copies the project (src, content, public, astro.config.mjs, package.json,
 *     tsconfig.json) to a temporary folder; node_modules is a folder of
 *     symlinks to this project's node_modules entries, so Astro's data store
 *     (node_modules/.astro) and Vite's cache (node_modules/.vite) stay in the
 *     copy and never overwrite this project's;
 *  2. grows content/data to clamp(6 N, 61, 6000) people (events, sources and
 *     organisations by the same factor) and adds synthetic stories next to the
 *     real ones up to N stories in all (scripts/bench-scale/generate.mjs: all of it passes the
 *     real schemas, cross-checks and MDX authoring checks);
 *  3. runs `astro build` there, timing it and sampling the memory of the
 *     process tree (scripts/bench-scale/build.mjs);
 *  4. measures the real story page, one synthetic story page and the index in
 *     the output (scripts/bench-scale/page-bytes.mjs).
 * Prints one table; writes .bench/bench-scale.json. A benchmark, not a test:
 * exits 0 even when a build fails (the failure is printed).
 * --keep keeps the temporary folders (their paths are printed; the build log
 * is .bench-scale-build.log in each). --prepare-only writes the copies and
 * stops (for profiling a build by hand: cd there, then
 * `PATH=<project>/node_modules/.bin:$PATH node --cpu-prof node_modules/astro/bin/astro.mjs build`).
 * Run it through npm so Node 22 from node_modules/.bin is used.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './bench-scale/build.mjs';
import { scaleData, writeStories } from './bench-scale/generate.mjs';
import { kb, pageBytes } from './bench-scale/page-bytes.mjs';
import { writeBareProject } from './bench-scale/bare.mjs';
import { changePerson, differences, editStory, loadavgText, routeCounts } from './bench-scale/incremental.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};
const PREPARE_ONLY = args.includes('--prepare-only');
const NO_BARE = args.includes('--no-bare');
const KEEP = args.includes('--keep') || PREPARE_ONLY;
const SIZES = (option('--sizes') ?? '1,10,100,1000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n >= 1);
/** Sizes that get the publishing cases (edit one story, change one person, compare with a full build): the largest by default. */
const INCREMENTAL = new Set(
  (option('--incremental') ?? String(Math.max(...SIZES)))
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0),
);
const REAL_STORY = 'meta-rekrut-yang-song';
/** A person the real stories mention (the incremental case changes them). */
const REAL_PERSON = 'yang-song';
const COPY = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Caches that must not be shared between copies (or with this project). */
const PRIVATE_NODE_MODULES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

const peopleFor = (stories) => Math.min(6000, Math.max(61, 6 * stories));

function copyProject(size) {
  const dir = mkdtempSync(join(tmpdir(), `msl-bench-scale-${size}-`));
  for (const item of COPY) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!PRIVATE_NODE_MODULES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** Story files the content collection loads: every .mdx under content/stories whose name does not start with "_". */
function storyFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.mdx') && !e.name.startsWith('_'));
}

function dirBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return n;
}

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fixed = (n, d = 1) => (n == null || Number.isNaN(n) ? '—' : n.toFixed(d));
const mb = (n) => (n == null ? '—' : `${(n / 1024 / 1024).toFixed(1)} MB`);

async function runSize(size) {
  const started = Date.now();
  const dir = copyProject(size);
  const counts = scaleData(dir, peopleFor(size));
  const real = storyFiles(join(dir, 'content/stories')).length;
  const slugs = writeStories(dir, Math.max(0, size - real));
  const stories = real + slugs.length;
  const mdxBytes = dirBytes(join(dir, 'content/stories'));
  console.log(`\n== size ${size}: ${stories} stor${stories === 1 ? 'y' : 'ies'} (${real} real), ${counts.people} people, ${counts.events} events, ${counts.sources} sources, ${counts.organisations} organisations (${dir})`);
  if (PREPARE_ONLY) return { size, stories, ...counts, mdxBytes, dir, prepared: true };
  const loadBefore = loadavg()[0];
  const loadText = loadavgText();
  const storyIds = storyFiles(join(dir, 'content/stories')).map((e) => relative(join(dir, 'content/stories'), join(e.parentPath, e.name)).replace(/\.mdx$/, '').split('\\').join('/'));
  const b = await build(dir, ROOT, { storyIds });
  const result = { size, stories, realStories: real, ...counts, mdxBytes, dir: KEEP ? dir : null, loadBefore, loadAfter: loadavg()[0], loadavg: { before: loadText, after: loadavgText() }, build: { ok: b.ok, code: b.code, seconds: b.seconds, cpuSeconds: b.cpuSeconds, treePeakMB: b.treePeakMB, peakByPhaseMB: b.peakByPhaseMB, maxProcessMB: b.maxProcessMB, phases: b.phases } };
  if (!b.ok) {
    console.log(`build FAILED (exit ${b.code}) after ${b.seconds.toFixed(1)} s; last lines of the log:\n${b.log.split('\n').slice(-40).join('\n')}`);
  } else {
    const p = b.phases;
    const routes = Object.entries(p.routes).map(([kind, r]) => `${r.count} ${kind} ${fixed(r.seconds)} s`).join(', ');
    console.log(
      `built in ${b.seconds.toFixed(1)} s, ${fixed(b.cpuSeconds)} CPU s (content sync ${fixed(p.sync)} s, vite ${p.vite.map((v) => fixed(v)).join(' + ')} s, rendering ${p.pages} pages ${fixed(p.render)} s: ${routes}), ` +
        `peak ${b.treePeakMB.toFixed(0)} MB (process tree${b.peakByPhaseMB ? `; sync ${b.peakByPhaseMB.sync}, vite ${b.peakByPhaseMB.vite}, render ${b.peakByPhaseMB.render}` : ''}), largest process ${fixed(b.maxProcessMB, 0)} MB; /proc/loadavg ${result.loadavg.before} before, ${result.loadavg.after} after`,
    );
    const dist = join(dir, 'dist');
    const m = pageBytes({ dist });
    const measure = (slug) => {
      try {
        return m.measure(join(dist, slug, 'index.html'));
      } catch {
        return null;
      }
    };
    const pages = { index: measure(''), story: measure(REAL_STORY), synthetic: slugs.length ? measure(slugs[0]) : null, metode: measure('metode') };
    const htmls = m.htmlFiles();
    const largest = htmls.map((f) => ({ page: relative(dist, f), raw: statSync(f).size })).sort((a, b2) => b2.raw - a.raw)[0];
    result.output = { pages: htmls.length, distBytes: dirBytes(dist), largestPage: largest, ...pages };
    const s = pages.story;
    if (s) {
      console.log(
        `story page /${REAL_STORY}/: HTML ${kb(s.html.raw)} (${kb(s.html.gzip)} gz), JS initial ${kb(s.js.initial.gzip)} gz, JS all ${kb(s.js.all.gzip)} gz, CSS ${kb(s.css.gzip)} gz; ` +
          `index HTML ${kb(pages.index?.html.raw)} (${kb(pages.index?.html.gzip)} gz); metode HTML ${kb(pages.metode?.html.raw)}; dist ${mb(result.output.distBytes)}`,
      );
    }
  }
  const edited = slugs[Math.floor(slugs.length / 2)] ?? REAL_STORY;
  if (b.ok && !NO_BARE) result.bare = await bareBaseline(dir, result, INCREMENTAL.has(size) ? edited : null);
  if (b.ok && INCREMENTAL.has(size)) result.incremental = await publishingCases(dir, edited, storyIds, result.bare);
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
  result.totalSeconds = (Date.now() - started) / 1000;
  return result;
}

/** One measured build, summarised, with the load beside it. */
async function measured(dir, storyIds = []) {
  const before = loadavgText();
  const b = await build(dir, ROOT, { storyIds });
  const after = loadavgText();
  return { b, summary: { ok: b.ok, seconds: b.seconds, cpuSeconds: b.cpuSeconds, treePeakMB: b.treePeakMB, loadavg: { before, after }, ...routeSummary(b.log) } };
}
function routeSummary(log) {
  const { rendered, restored } = routeCounts(log);
  return { rendered: rendered.length, restored: restored.length, renderedRoutes: rendered };
}
const line = (what, s) => `${what}: ${s.ok ? '' : 'FAILED, '}${fixed(s.seconds)} s, ${fixed(s.cpuSeconds)} CPU s, peak ${fixed(s.treePeakMB, 0)} MB, ${s.rendered} pages rendered, ${s.restored} restored  [/proc/loadavg ${s.loadavg.before} before, ${s.loadavg.after} after]`;

/**
 * The bare Astro 7 project over the same story files (scripts/bench-scale/bare.mjs), built right after ours; with
 * `edited` (a story slug), also rebuilt after editing that story as ours will be: the floor of a correction.
 */
async function bareBaseline(dir, ours, edited) {
  const bare = writeBareProject(join(dir, 'content/stories'), ROOT);
  const { b, summary } = await measured(bare);
  if (!b.ok) console.log(`bare baseline FAILED (exit ${b.code}):\n${b.log.split('\n').slice(-20).join('\n')}`);
  const ratio = { wall: ours.build.seconds / b.seconds, cpu: ours.build.cpuSeconds / b.cpuSeconds };
  console.log(`${line('bare Astro 7 baseline (same MDX files, trivial components)', summary)}\n  ours ÷ bare: ${fixed(ratio.wall, 2)}× wall, ${fixed(ratio.cpu, 2)}× CPU`);
  let corrected;
  if (b.ok && edited) {
    const page = editStory(bare, edited);
    corrected = { ...(await measured(bare)).summary, page, renderedRoutes: undefined };
    console.log(line(`bare baseline rebuilt after editing the same story (${page})`, corrected));
  }
  if (!KEEP) rmSync(bare, { recursive: true, force: true });
  return { ...summary, renderedRoutes: undefined, ratio, editStory: corrected };
}

/**
 * Publishing a correction, on the built copy: edit one story and rebuild; change one person and rebuild; then a
 * full build from empty caches, which must write the same bytes as the incremental builds left.
 */
async function publishingCases(dir, edited, storyIds, bare) {
  const out = {};
  // A repeat with nothing changed: the floor of an incremental build.
  out.unchanged = (await measured(dir, storyIds)).summary;
  console.log(line('rebuild, nothing changed', out.unchanged));
  const page = editStory(dir, edited);
  out.editStory = (await measured(dir, storyIds)).summary;
  out.editStory.page = page;
  if (bare?.editStory?.ok) out.editStory.ratio = { wall: out.editStory.seconds / bare.editStory.seconds, cpu: out.editStory.cpuSeconds / bare.editStory.cpuSeconds };
  const againstBare = out.editStory.ratio ? `\n  ours ÷ bare, one story edited: ${fixed(out.editStory.ratio.wall, 2)}× wall, ${fixed(out.editStory.ratio.cpu, 2)}× CPU` : '';
  console.log(`${line(`rebuild after editing one story (${page})`, out.editStory)}${againstBare}\n  story pages rendered: ${out.editStory.renderedRoutes.filter((r) => storyIds.includes(r.replace(/^\/|\/index\.html$/g, ''))).join(', ') || 'none'}`);
  changePerson(dir, REAL_PERSON);
  out.changePerson = (await measured(dir, storyIds)).summary;
  out.changePerson.person = REAL_PERSON;
  console.log(`${line(`rebuild after changing one person (${REAL_PERSON}'s role)`, out.changePerson)}\n  story pages rendered: ${out.changePerson.renderedRoutes.filter((r) => storyIds.includes(r.replace(/^\/|\/index\.html$/g, ''))).join(', ') || 'none'}`);
  // The same content from empty caches: what the incremental builds wrote must be these bytes.
  cpSync(join(dir, 'dist'), join(dir, 'dist-incremental'), { recursive: true });
  for (const cache of ['.astro', '.vite']) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
  out.full = (await measured(dir, storyIds)).summary;
  console.log(line('full build of the same content, caches emptied (cold, second run)', out.full));
  const diff = differences(join(dir, 'dist-incremental'), join(dir, 'dist'));
  out.identical = diff.length === 0;
  out.differences = diff.slice(0, 50);
  console.log(out.identical ? 'incremental output is byte-identical to the full build' : `incremental output DIFFERS from the full build in ${diff.length} file(s):\n  ${diff.slice(0, 20).join('\n  ')}`);
  for (const k of ['unchanged', 'editStory', 'changePerson', 'full']) out[k].renderedRoutes = out[k].renderedRoutes.length > 60 ? `${out[k].renderedRoutes.length} routes` : out[k].renderedRoutes;
  return out;
}

const cpuModel = (() => {
  try {
    return /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model;
  }
})();

const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
const revision = `${git('rev-parse', '--short', 'HEAD') || 'unknown'}${git('status', '--porcelain', '--', 'src', 'content', 'public', 'astro.config.mjs') ? ' + uncommitted changes' : ''}`;
console.log(`bench:scale — project ${revision}; sizes ${SIZES.join(', ')}; Node ${process.version}; ${cpus().length} CPUs (${cpuModel}); ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${(freemem() / 2 ** 30).toFixed(1)} GB free`);
const results = [];
for (const size of SIZES) {
  try {
    results.push(await runSize(size));
  } catch (err) {
    console.log(`size ${size} failed: ${err?.stack ?? err}`);
    results.push({ size, error: String(err?.message ?? err) });
  }
}

const rows = results.map((r, i) => {
  if (r.prepared) return [r.size, r.stories, r.people, 'prepared', ...Array(11).fill('—')];
  if (r.error || !r.build?.ok) return [r.size, r.stories ?? r.size, r.people ?? '—', 'FAILED', ...Array(11).fill('—')];
  const prev = results.slice(0, i).reverse().find((p) => p.build?.ok);
  const b = r.build;
  const p = b.phases;
  const story = r.output.story;
  const idx = r.output.index;
  const perStory = (kind) => (p.routes[kind]?.count ? fixed((p.routes[kind].seconds / p.routes[kind].count) * 1000, 0) : '—');
  return [
    r.size,
    r.stories,
    r.people,
    fixed(b.seconds),
    fixed(b.cpuSeconds),
    fixed(b.seconds / r.stories, 3),
    `${fixed(p.sync)} / ${fixed(p.vite.reduce((a, v) => a + v, 0))} / ${fixed(p.render)}`,
    `${perStory('story pages')} / ${perStory('og images')}`,
    fixed(b.treePeakMB, 0),
    prev ? `${fixed(b.seconds / prev.build.seconds, 2)} (×${fixed(r.stories / prev.stories, 1)})` : '—',
    story ? `${kb(story.html.raw)} / ${kb(story.html.gzip)}` : '—',
    story ? `${kb(story.js.initial.gzip)} / ${kb(story.js.all.gzip)}` : '—',
    story ? kb(story.css.gzip) : '—',
    idx ? `${kb(idx.html.raw)} / ${kb(idx.html.gzip)}` : '—',
    mb(r.output.distBytes),
  ];
});
console.log('\n== results');
console.log(
  table(
    ['size', 'stories', 'people', 'build s', 'CPU s', 's/story', 'sync / vite / render s', 'ms per story page / og card', 'peak MB', 'time ratio (size ×)', 'story HTML raw/gz', 'story JS init/all gz', 'story CSS gz', 'index HTML raw/gz', 'dist'],
    rows,
  ),
);
console.log(
  '\nbuild s: wall time of `astro build`; CPU s: user + system time of its process tree (steadier than wall time on a busy machine). ' +
    'sync / vite / render: content sync and types, the Vite builds, "generating static routes". ms per story page / og card: mean render time Astro logs per route (4 routes render at once, so a time includes waiting). ' +
    'peak MB: RSS of the build process tree (sum, sampled every 100 ms). time ratio: build s over the previous size\'s (linear growth = the size factor). ' +
    'Story page = the real story, the same text at every size.',
);
const compared = results.filter((r) => r.bare || r.incremental);
if (compared.length > 0) {
  console.log('\n== against the bare baseline, and publishing a correction');
  const inc = (r, k) => (r.incremental?.[k] ? `${fixed(r.incremental[k].seconds)} / ${fixed(r.incremental[k].cpuSeconds)} (${r.incremental[k].rendered} rendered)` : '—');
  console.log(
    table(
      ['size', 'ours s / CPU s', 'bare s / CPU s', 'ours ÷ bare wall / CPU', 'peak MB ours / bare', 'loadavg at start (ours, bare)', 'unchanged s / CPU s', 'edit 1 story s / CPU s', 'bare, edit 1 story s / CPU s (ours ÷ bare)', 'change 1 person s / CPU s', 'full again s / CPU s', 'identical'],
      compared.map((r) => [
        r.size,
        `${fixed(r.build.seconds)} / ${fixed(r.build.cpuSeconds)}`,
        r.bare ? `${fixed(r.bare.seconds)} / ${fixed(r.bare.cpuSeconds)}` : '—',
        r.bare ? `${fixed(r.bare.ratio.wall, 2)} / ${fixed(r.bare.ratio.cpu, 2)}` : '—',
        `${fixed(r.build.treePeakMB, 0)} / ${r.bare ? fixed(r.bare.treePeakMB, 0) : '—'}`,
        `${r.loadavg.before}; ${r.bare?.loadavg.before ?? '—'}`,
        inc(r, 'unchanged'),
        inc(r, 'editStory'),
        r.bare?.editStory ? `${fixed(r.bare.editStory.seconds)} / ${fixed(r.bare.editStory.cpuSeconds)} (${r.incremental?.editStory?.ratio ? `${fixed(r.incremental.editStory.ratio.wall, 2)}×` : '—'})` : '—',
        inc(r, 'changePerson'),
        inc(r, 'full'),
        r.incremental ? (r.incremental.identical ? 'yes' : 'NO') : '—',
      ]),
    ),
  );
}
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench/bench-scale.json'), JSON.stringify({ date: new Date().toISOString(), revision, node: process.version, cpus: cpus().length, cpuModel, totalMemMB: Math.round(totalmem() / 2 ** 20), results }, null, 2));
console.log(`results: ${relative(ROOT, join(ROOT, '.bench/bench-scale.json'))}`);
process.exit(0);
