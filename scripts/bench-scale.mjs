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

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};
const PREPARE_ONLY = args.includes('--prepare-only');
const KEEP = args.includes('--keep') || PREPARE_ONLY;
const SIZES = (option('--sizes') ?? '1,10,100,1000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n >= 1);
const REAL_STORY = 'meta-rekrut-yang-song';
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
  const storyIds = storyFiles(join(dir, 'content/stories')).map((e) => relative(join(dir, 'content/stories'), join(e.parentPath, e.name)).replace(/\.mdx$/, '').split('\\').join('/'));
  const b = await build(dir, ROOT, { storyIds });
  const result = { size, stories, realStories: real, ...counts, mdxBytes, dir: KEEP ? dir : null, loadBefore, loadAfter: loadavg()[0], build: { ok: b.ok, code: b.code, seconds: b.seconds, cpuSeconds: b.cpuSeconds, treePeakMB: b.treePeakMB, peakByPhaseMB: b.peakByPhaseMB, maxProcessMB: b.maxProcessMB, phases: b.phases } };
  if (!b.ok) {
    console.log(`build FAILED (exit ${b.code}) after ${b.seconds.toFixed(1)} s; last lines of the log:\n${b.log.split('\n').slice(-40).join('\n')}`);
  } else {
    const p = b.phases;
    const routes = Object.entries(p.routes).map(([kind, r]) => `${r.count} ${kind} ${fixed(r.seconds)} s`).join(', ');
    console.log(
      `built in ${b.seconds.toFixed(1)} s, ${fixed(b.cpuSeconds)} CPU s (content sync ${fixed(p.sync)} s, vite ${p.vite.map((v) => fixed(v)).join(' + ')} s, rendering ${p.pages} pages ${fixed(p.render)} s: ${routes}), ` +
        `peak ${b.treePeakMB.toFixed(0)} MB (process tree${b.peakByPhaseMB ? `; sync ${b.peakByPhaseMB.sync}, vite ${b.peakByPhaseMB.vite}, render ${b.peakByPhaseMB.render}` : ''}), largest process ${fixed(b.maxProcessMB, 0)} MB; load average ${fixed(result.loadBefore, 2)} before, ${fixed(result.loadAfter, 2)} after`,
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
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
  result.totalSeconds = (Date.now() - started) / 1000;
  return result;
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
mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench/bench-scale.json'), JSON.stringify({ date: new Date().toISOString(), revision, node: process.version, cpus: cpus().length, cpuModel, totalMemMB: Math.round(totalmem() / 2 ** 20), results }, null, 2));
console.log(`results: ${relative(ROOT, join(ROOT, '.bench/bench-scale.json'))}`);
process.exit(0);
