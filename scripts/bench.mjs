/**
 * npm run bench [-- --no-build] [-- --no-lighthouse] [-- --no-cls] [-- --dist DIR] [-- --runs N]
 *
 * Prints numbers about the built site; a benchmark, not a test: always exits 0.
 *  1. builds (npx astro build) unless --no-build;
 *  2. per HTML page in dist/: HTML bytes raw/gzip; JS loaded initially (module
 *     scripts the page references, modulepreloads and their static imports)
 *     raw/gzip; all JS reachable including dynamic import() chunks; CSS gzip
 *     (stylesheets outside <noscript>, with @import); font files those CSS
 *     files reference;
 *  3. Lighthouse 12 (default config = mobile, simulated throttling), --runs N
 *     times (default 3) on the story page served from dist/ over 127.0.0.1 and
 *     as many on a bare baseline page (text only: no CSS, font or script),
 *     interleaved: each run's four scores, LCP, FCP, TBT, CLS with the load
 *     average at its start and end, then the medians (reports in
 *     .bench/lighthouse-{story,baseline}-N.json). The machine is shared: the
 *     baseline shows what its load does to a page that cannot be lighter;
 *  4. CLS measured in headless Chromium with a layout-shift PerformanceObserver
 *     while scrolling through every step at 390x844, plus the bytes actually
 *     loaded (JS, fonts).
 * Results are also written to .bench/bench.json. Chromium: CHROME_PATH or
 * /usr/bin/chromium (apt-get install -y chromium). BASE_PATH: the base the
 * site was built with. Run via npm so Node 22 from node_modules/.bin is used.
 */
import { execFile, spawnSync } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const execFileP = promisify(execFile);
import { gzipSync } from 'node:zlib';
import { normaliseBase, serveDist } from './serve-dist.mjs';
import { htmlFiles } from './bench-scale/page-bytes.mjs';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const DIST = resolve(ROOT, option('--dist') ?? 'dist');
const BASE = normaliseBase(process.env.BASE_PATH ?? '/');
const STORY = option('--story') ?? 'meta-rekrut-yang-song/';
// Lighthouse's launcher starts Chromium itself, so it needs the headless flag; playwright adds its own.
const CHROME_FLAGS = ['--headless=new', ...CHROME_ARGS];
const OUT_DIR = join(ROOT, '.bench');
const results = { date: new Date().toISOString(), node: process.version, pages: [], lighthouse: null, cls: null };

const gz = (buf) => gzipSync(buf).length;
const kb = (n) => (n == null ? '—' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : padL(c, widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
    }),
  ]);
}

// ---------------------------------------------------------------- 1. build
function build() {
  console.log('== build (npx astro build)');
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  const r = spawnSync('npx', ['astro', 'build', ...(DIST !== resolve(ROOT, 'dist') ? ['--outDir', DIST] : [])], {
    cwd: ROOT,
    // A preview build (URLs at localhost) unless SITE_URL is set: the numbers do not depend on the origin.
    env: { ...process.env, PREVIEW: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.log(r.stdout?.slice(-4000), r.stderr?.slice(-4000));
    console.log(`build failed (exit ${r.status}); measuring whatever is in ${relative(ROOT, DIST)}/ if anything`);
  } else console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s (load average ${loadBefore.toFixed(2)} -> ${os.loadavg()[0].toFixed(2)})`);
  results.buildSeconds = (Date.now() - started) / 1000;
}

// ---------------------------------------------------------------- 2. bytes

/** Page URL path (under the base) of an HTML file. */
function pageUrlPath(file) {
  const rel = relative(DIST, file).split('\\').join('/');
  return BASE + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** dist file for a reference found in the page at urlPath (or in a file at fromFile). */
function resolveRef(ref, fromUrlPath) {
  if (!ref || /^(data:|blob:|#|mailto:|tel:|javascript:)/i.test(ref)) return null;
  let url;
  try {
    url = new URL(ref, `http://site${fromUrlPath}`);
  } catch {
    return null;
  }
  if (url.host !== 'site') return { external: ref };
  let p = decodeURIComponent(url.pathname);
  if (!p.startsWith(BASE)) return null;
  p = p.slice(BASE.length);
  const file = join(DIST, p);
  return existsSync(file) && statSync(file).isFile() ? { file } : null;
}

const fileUrlPath = (file) => BASE + relative(DIST, file).split('\\').join('/');

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(2).find((v) => v !== undefined);

function jsImports(file) {
  const code = readFileSync(file, 'utf8');
  const from = fileUrlPath(file);
  const staticRefs = new Set();
  const dynamicRefs = new Set();
  for (const m of code.matchAll(/(?:^|[^\w$.])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) staticRefs.add(m[1]);
  for (const m of code.matchAll(/(?:^|[^\w$.])export\s*(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^}]*\}\s*)from\s*["']([^"']+)["']/g)) staticRefs.add(m[1]);
  for (const m of code.matchAll(/(?:^|[^\w$.])import\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)) dynamicRefs.add(m[1]);
  // Vite's preload helper lists the chunks a dynamic import needs: m.f||(m.f=["_astro/a.js",…])
  for (const m of code.matchAll(/m\.f\s*=\s*\[([^\]]*)\]/g)) for (const s of m[1].matchAll(/["']([^"']+)["']/g)) dynamicRefs.add(BASE + s[1].replace(/^\//, ''));
  const resolveAll = (refs) => [...refs].map((r) => resolveRef(r, from)?.file).filter((f) => f && /\.m?js$/.test(f));
  return { static: resolveAll(staticRefs), dynamic: resolveAll(dynamicRefs) };
}

function jsClosure(entries) {
  const initial = new Set();
  const reachable = new Set();
  const visit = (file, set, followDynamic) => {
    if (set.has(file)) return;
    set.add(file);
    const { static: s, dynamic: d } = jsImports(file);
    for (const f of s) visit(f, set, followDynamic);
    if (followDynamic) for (const f of d) visit(f, set, followDynamic);
  };
  for (const e of entries) visit(e, initial, false);
  for (const e of entries) visit(e, reachable, true);
  return { initial, reachable };
}

function cssClosure(entries) {
  const css = new Set();
  const fonts = new Set();
  const visit = (file) => {
    if (css.has(file)) return;
    css.add(file);
    const text = readFileSync(file, 'utf8');
    const from = fileUrlPath(file);
    for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) {
      const r = resolveRef(m[1], from);
      if (r?.file) visit(r.file);
    }
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const r = resolveRef(m[1], from);
      if (r?.file && /\.(woff2?|ttf|otf)$/i.test(r.file)) fonts.add(r.file);
    }
  };
  entries.forEach(visit);
  return { css, fonts };
}

const sum = (files, f = (b) => b.length) => [...files].reduce((n, file) => n + f(readFileSync(file)), 0);

function measurePage(file) {
  const urlPath = pageUrlPath(file);
  const html = readFileSync(file, 'utf8');
  const withoutNoscript = html.replace(/<noscript\b[\s\S]*?<\/noscript>/gi, '');
  const jsEntries = new Set();
  const external = new Set();
  for (const m of withoutNoscript.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${m[1]}>`;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = attr(tag, 'src');
    if (src) {
      const r = resolveRef(src, urlPath);
      if (r?.file) jsEntries.add(r.file);
      else if (r?.external) external.add(r.external);
    } else if (m[2].trim()) {
      // inline module: follow its imports (its bytes are part of the HTML)
      for (const i of m[2].matchAll(/(?:^|[^\w$.])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
        const r = resolveRef(i[1], urlPath);
        if (r?.file) jsEntries.add(r.file);
      }
    }
  }
  const cssEntries = new Set();
  const preloadFonts = new Set();
  for (const m of withoutNoscript.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const r = resolveRef(attr(tag, 'href'), urlPath);
    if (r?.external && (rel.includes('stylesheet') || rel.includes('preload') || rel.includes('modulepreload'))) external.add(r.external);
    if (!r?.file) continue;
    if (rel.includes('modulepreload')) jsEntries.add(r.file);
    if (rel.includes('stylesheet')) cssEntries.add(r.file);
    if (rel.includes('preload') && /\.(woff2?|ttf|otf)$/i.test(r.file)) preloadFonts.add(r.file);
  }
  const { initial, reachable } = jsClosure([...jsEntries]);
  const { css, fonts } = cssClosure([...cssEntries]);
  const buf = Buffer.from(html);
  return {
    page: urlPath,
    htmlRaw: buf.length,
    htmlGzip: gz(buf),
    jsInitialFiles: [...initial].map((f) => relative(DIST, f)),
    jsInitialRaw: sum(initial),
    jsInitialGzip: sum(initial, gz),
    jsAllFiles: [...reachable].map((f) => relative(DIST, f)),
    jsAllRaw: sum(reachable),
    jsAllGzip: sum(reachable, gz),
    cssFiles: [...css].map((f) => relative(DIST, f)),
    cssRaw: sum(css),
    cssGzip: sum(css, gz),
    fontFiles: [...new Set([...fonts, ...preloadFonts])].map((f) => relative(DIST, f)),
    fontBytes: sum(new Set([...fonts, ...preloadFonts])),
    preloadedFonts: [...preloadFonts].map((f) => relative(DIST, f)),
    external: [...external],
  };
}

function bytes() {
  console.log(`\n== bytes per page (${relative(ROOT, DIST) || DIST}/, gzip = zlib default level)`);
  const pages = htmlFiles(DIST).map(measurePage);
  results.pages = pages;
  console.log(
    table(
      ['page', 'HTML', 'HTML gz', 'JS init', 'JS init gz', 'JS all', 'JS all gz', 'CSS gz', 'fonts (refd)'],
      pages.map((p) => [p.page, kb(p.htmlRaw), kb(p.htmlGzip), kb(p.jsInitialRaw), kb(p.jsInitialGzip), kb(p.jsAllRaw), kb(p.jsAllGzip), kb(p.cssGzip), `${kb(p.fontBytes)} (${p.fontFiles.length})`]),
    ),
  );
  const story = pages.find((p) => p.page === BASE + STORY);
  if (story) {
    console.log(`\n${story.page}: initial JS ${story.jsInitialFiles.join(', ') || 'none'}`);
    const lazy = story.jsAllFiles.filter((f) => !story.jsInitialFiles.includes(f));
    console.log(`${story.page}: lazily imported JS ${lazy.join(', ') || 'none'}`);
  }
  for (const p of pages) if (p.external.length) console.log(`${p.page}: EXTERNAL resources ${p.external.join(', ')}`);
}

// ---------------------------------------------------------------- 3. Lighthouse
const load1 = () => os.loadavg()[0];
const median = (values) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return v.length === 0 ? null : v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
const ms = (n) => (n == null ? '—' : `${(n / 1000).toFixed(2)} s`);

/**
 * A page with nothing but text: no CSS file, no font, no script. Its Lighthouse numbers, run beside the
 * story's, are what this machine gives at its current load for a page that cannot be made lighter.
 */
function writeBaseline(dir) {
  mkdirSync(dir, { recursive: true });
  const text = 'Meta merekrut peneliti OpenAI Yang Song pada September 2025. Ia satu dari puluhan nama yang direkrut sejak Juni; sebagian sudah pergi lagi. ';
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Baseline: teks saja</title><meta name="description" content="Halaman pembanding tanpa CSS, fon, atau skrip."></head>` +
      `<body><main><h1>Yang Song dan Gelombang Rekrutmen</h1>${`<p>${text.repeat(4)}</p>`.repeat(6)}</main></body></html>`,
  );
}

/** One Lighthouse run (mobile, simulated throttling); the load average at its start and end. */
async function lighthouseOnce(url, reportPath) {
  const before = load1();
  await withTimeout(
    execFileP('npm', ['exec', '--yes', '--package=lighthouse@12.2.3', '--', 'lighthouse', url, '--output=json', `--output-path=${reportPath}`, '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${CHROME_FLAGS.join(' ')}`], { env: { ...process.env, CHROME_PATH }, maxBuffer: 64 * 1024 * 1024 }),
    300_000,
    'Lighthouse',
  );
  const lhr = JSON.parse(readFileSync(reportPath, 'utf8'));
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    url,
    lighthouseVersion: lhr.lighthouseVersion,
    load: { start: before, end: load1() },
    scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
    ttfb: lhr.audits.metrics?.details?.items?.[0]?.timeToFirstByte ?? null,
    runWarnings: lhr.runWarnings ?? [],
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && !['informative', 'notApplicable', 'manual', 'error'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
    runtimeError: lhr.runtimeError?.message,
  };
}

const RUNS = Number(option('--runs') ?? 3);

async function runLighthouse(site, baseline) {
  console.log(`\n== Lighthouse 12 (mobile, simulated throttling): the story page and a bare baseline page, ${RUNS} runs each, interleaved`);
  if (!existsSync(CHROME_PATH)) {
    console.log(`skipped: no Chromium at ${CHROME_PATH} (apt-get install -y chromium, or set CHROME_PATH)`);
    return;
  }
  try {
    // Lighthouse is not installed with the project (it would add over a hundred packages to every
    // `npm ci`): npm exec fetches this pinned version into npm's cache on first use.
    const pages = { story: new URL(STORY, site.url).href, baseline: baseline.url };
    mkdirSync(OUT_DIR, { recursive: true });
    const runs = { story: [], baseline: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const which of ['story', 'baseline']) {
        const r = await lighthouseOnce(pages[which], join(OUT_DIR, `lighthouse-${which}-${i + 1}.json`));
        runs[which].push(r);
        console.log(
          `  ${which.padEnd(8)} run ${i + 1}: ${[r.scores.performance, r.scores.accessibility, r.scores.bestPractices, r.scores.seo].join(' / ')}  ` +
            `LCP ${ms(r.lcp)}  FCP ${ms(r.fcp)}  TBT ${Math.round(r.tbt ?? 0)} ms  CLS ${r.cls?.toFixed(3) ?? '—'}  TTFB ${Math.round(r.ttfb ?? 0)} ms  ` +
            `(load average ${r.load.start.toFixed(2)} -> ${r.load.end.toFixed(2)})`,
        );
      }
    }
    const summary = (list) => ({
      scores: Object.fromEntries(['performance', 'accessibility', 'bestPractices', 'seo'].map((k) => [k, median(list.map((r) => r.scores[k]))])),
      lcp: median(list.map((r) => r.lcp)),
      fcp: median(list.map((r) => r.fcp)),
      tbt: median(list.map((r) => r.tbt)),
      cls: median(list.map((r) => r.cls)),
      load: { min: Math.min(...list.map((r) => r.load.start)), max: Math.max(...list.map((r) => r.load.end)) },
    });
    const story = summary(runs.story);
    const base = summary(runs.baseline);
    results.lighthouse = { runs, median: { story, baseline: base } };
    console.log(`\nmedian of ${RUNS} (Lighthouse ${runs.story[0]?.lighthouseVersion}):`);
    console.log(
      table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'FCP', 'TBT', 'CLS', 'load average'],
        [
          ['story', ...Object.values(story.scores), ms(story.lcp), ms(story.fcp), `${Math.round(story.tbt ?? 0)} ms`, story.cls?.toFixed(3) ?? '—', `${story.load.min.toFixed(2)}–${story.load.max.toFixed(2)}`],
          ['baseline', ...Object.values(base.scores), ms(base.lcp), ms(base.fcp), `${Math.round(base.tbt ?? 0)} ms`, base.cls?.toFixed(3) ?? '—', `${base.load.min.toFixed(2)}–${base.load.max.toFixed(2)}`],
        ],
      ),
    );
    console.log(`story LCP − baseline LCP (medians): ${story.lcp != null && base.lcp != null ? `${Math.round(story.lcp - base.lcp)} ms` : '—'}`);
    const last = runs.story.at(-1);
    if (last?.runtimeError) console.log(`runtime error: ${last.runtimeError}`);
    for (const w of new Set(runs.story.flatMap((r) => r.runWarnings))) console.log(`warning: ${w}`);
    const failed = [...new Set(runs.story.flatMap((r) => r.failedAudits))];
    if (failed.length) console.log(`story audits below 0.9 in some run: ${failed.join(', ')}`);
    console.log(`full reports: ${relative(ROOT, OUT_DIR)}/lighthouse-{story,baseline}-N.json`);
  } catch (err) {
    console.log(`Lighthouse could not run: ${err?.stack ?? err}`);
    results.lighthouse = { error: String(err?.message ?? err) };
  }
}

// ---------------------------------------------------------------- 4. CLS while scrolling
async function measureCls(site) {
  console.log(`\n== CLS while scrolling through every step (headless Chromium, 390x844, no throttling; load average ${os.loadavg()[0].toFixed(2)})`);
  if (!existsSync(CHROME_PATH)) {
    console.log(`skipped: no Chromium at ${CHROME_PATH}`);
    return;
  }
  let browser;
  try {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__shifts.push({
            value: e.value,
            time: e.startTime,
            input: e.hadRecentInput,
            sources: (e.sources ?? []).map((s) => (s.node && s.node.nodeType === 1 ? `${s.node.localName}${s.node.className ? `.${String(s.node.className).split(' ').join('.')}` : ''}` : '#text')),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const loaded = { js: 0, jsFiles: 0, fonts: 0, fontFiles: 0, css: 0, total: 0 };
    page.on('response', async (res) => {
      try {
        const sizes = await res.request().sizes();
        const n = sizes.responseBodySize + sizes.responseHeadersSize;
        const type = res.request().resourceType();
        loaded.total += n;
        if (type === 'script') (loaded.js += n), loaded.jsFiles++;
        if (type === 'font') (loaded.fonts += n), loaded.fontFiles++;
        if (type === 'stylesheet') loaded.css += n;
      } catch {
        /* page closed */
      }
    });
    const url = new URL(STORY, site.url).href;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    const steps = await page.locator('scrolly-section .step').count();
    for (let i = 0; i < steps; i++) {
      await page.evaluate((i) => document.querySelectorAll('scrolly-section .step')[i].scrollIntoView({ block: 'center', behavior: 'instant' }), i);
      await page.waitForTimeout(400);
    }
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => window.__shifts);
    await context.close();
    // CLS = largest session window (gap < 1 s, window <= 5 s) of shifts without recent input
    let cls = 0;
    let current = 0;
    let start = -Infinity;
    let last = -Infinity;
    for (const s of shifts.filter((s) => !s.input)) {
      if (s.time - last > 1000 || s.time - start > 5000) {
        current = 0;
        start = s.time;
      }
      current += s.value;
      last = s.time;
      cls = Math.max(cls, current);
    }
    const total = shifts.reduce((n, s) => n + (s.input ? 0 : s.value), 0);
    const sources = [...new Set(shifts.flatMap((s) => s.sources))];
    results.cls = { url, steps, cls, total, shifts: shifts.length, sources, loaded };
    console.log(
      table(
        ['steps scrolled', 'CLS (max window)', 'sum of shifts', 'shifts', 'JS loaded', 'fonts loaded', 'CSS loaded', 'all loaded'],
        [[steps, cls.toFixed(4), total.toFixed(4), shifts.length, `${kb(loaded.js)} (${loaded.jsFiles})`, `${kb(loaded.fonts)} (${loaded.fontFiles})`, kb(loaded.css), kb(loaded.total)]],
      ),
    );
    console.log('(loaded = bytes on the wire from the local server, gzip where it applies)');
    if (sources.length) console.log(`elements that shifted: ${sources.slice(0, 12).join(', ')}`);
  } catch (err) {
    console.log(`CLS measurement failed: ${err?.stack ?? err}`);
    results.cls = { error: String(err?.message ?? err) };
  } finally {
    await browser?.close().catch(() => {});
  }
}

// ---------------------------------------------------------------- main
try {
  if (!flag('--no-build')) build();
  if (!existsSync(join(DIST, 'index.html'))) {
    console.log(`no ${relative(ROOT, DIST)}/index.html: nothing to measure (build first)`);
  } else {
    bytes();
    let site;
    let baseline;
    try {
      site = await serveDist({ root: DIST, base: BASE });
      if (!flag('--no-lighthouse')) {
        const dir = join(OUT_DIR, 'baseline');
        writeBaseline(dir);
        baseline = await serveDist({ root: dir, base: '/' });
        await runLighthouse(site, baseline);
      }
      if (!flag('--no-cls')) await measureCls(site);
    } finally {
      await site?.close();
      await baseline?.close();
    }
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'bench.json'), JSON.stringify(results, null, 2));
  console.log(`\nresults: ${relative(ROOT, join(OUT_DIR, 'bench.json'))}`);
} catch (err) {
  console.log(`bench failed: ${err?.stack ?? err}`);
}
process.exit(0);
