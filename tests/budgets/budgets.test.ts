/**
 * Byte budgets on the real build (the shared root build), read statically from the HTML and
 * the files it references (scripts/bench-scale/page-bytes.mjs, shared with
 * `npm run bench:scale`). KB = 1024 bytes; gzip = zlib level 6, per file.
 *
 *  - a page without charts (no <chart-figure>, no <scrolly-section>) ships no
 *    JavaScript: no <script type="module" src>, no modulepreload, no inline script;
 *  - a page with charts: at most 55 KB gzip of JavaScript in all (entry scripts
 *    plus every chunk reachable through static and dynamic imports, Chart.js
 *    included), and at most 4 KB gzip before the first chart nears the
 *    viewport (entry scripts plus their static imports); none of it carries
 *    the UI dictionaries (src/i18n/ui.ts): each chart's payload brings the
 *    chart module's strings in the page's language (src/i18n/chart-strings.ts),
 *    and the keyboard explorer loads its words in that language only
 *    (src/i18n/explore/<locale>.ts); no string of the other edition is in the
 *    page's JavaScript or payloads;
 *  - every page: CSS at most 20 KB gzip (linked stylesheets with their @imports,
 *    plus inline <style>);
 *  - every page: the font files its CSS references or it preloads (everything it
 *    can download) at most 48 KB in all, and only the subsets generated for
 *    the site's characters (src/integrations/site-fonts.ts).
 * The measured numbers are in the test names and printed to the log.
 *
 * The site measured is the shared root build (tests/setup/builds.ts, a preview build:
 * only its canonical URLs differ from a production build); TEST_DIST=dir measures
 * another root build (never built).
 *
 * Run: npx vitest run tests/budgets
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kb, pageBytes, type PageBytes } from '../../scripts/bench-scale/page-bytes.mjs';
import { chartStrings } from '../../src/i18n/chart-strings.ts';
import { exploreUi } from '../../src/i18n/explore.ts';
import { locales, ui, type Locale } from '../../src/i18n/ui.ts';
import { defaultFontsDir, readManifest } from '../../src/integrations/site-fonts.ts';
import { sharedBuild } from '../setup/builds.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const build = await sharedBuild('root');
const DIST = build.root;
const BASE = build.base;

const BUDGETS = {
  /** JavaScript of a page with charts, everything reachable, gzip. */
  chartPageJsAll: 55 * 1024,
  /** JavaScript of a page with charts before a chart nears the viewport, gzip. */
  chartPageJsInitial: 4 * 1024,
  /** CSS per page, gzip. */
  css: 20 * 1024,
  /** Font files per page, raw (woff2 is compressed already). */
  fonts: 48 * 1024,
} as const;

const measurer = pageBytes({ dist: DIST, base: BASE });
const htmlFiles = measurer.htmlFiles();
const pages: PageBytes[] = htmlFiles.map((f) => measurer.measure(f));
const htmlOf = new Map(pages.map((p, i) => [p.page, readFileSync(htmlFiles[i]!, 'utf8')]));
const generatedFonts = readManifest(defaultFontsDir(ROOT)).files.map((f) => f.file);
/** Dictionary strings long enough not to occur in code by chance (a company name would), in either locale. */
const dictionaryStrings = locales.flatMap((l) => Object.values(ui[l]).filter((v) => v.length >= 16));
const withCharts = pages.filter((p) => p.charts > 0 || p.scrollies > 0);
const withoutCharts = pages.filter((p) => p.charts === 0 && p.scrollies === 0);

console.log(
  `[budgets] ${relative(ROOT, DIST) || DIST}/ (gzip, KB = 1024 B)\n` +
    pages
      .map(
        (p) =>
          `  ${p.page.padEnd(32)} HTML ${kb(p.html.gzip).padStart(8)}  JS initial ${kb(p.js.initial.gzip).padStart(8)}  JS all ${kb(p.js.all.gzip).padStart(8)}  ` +
          `CSS ${kb(p.css.gzip).padStart(8)}  fonts ${kb(p.fonts.raw).padStart(8)} (${p.fonts.files.length})`,
      )
      .join('\n'),
);

const fileList = (files: string[]) => files.map((f) => `    ${f}`).join('\n');

/** The text of each views file (…/charts/<id>.views.json) a page's chart payloads name, in page order. */
const viewsFiles = (html: string) =>
  [...html.matchAll(/<chart-figure[\s\S]*?<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => {
    const { views } = JSON.parse(m[1]!) as { views: string };
    return readFileSync(join(DIST, views.slice(BASE.length)), 'utf8');
  });

describe('byte budgets (the built site)', () => {
  it('has a page with charts to measure', () => {
    expect(withCharts.map((p) => p.page), 'no page with <chart-figure> or <scrolly-section> in the build').not.toEqual([]);
  });

  describe.each(withoutCharts.map((p) => ({ p, page: p.page, js: p.js.all.gzip + p.js.inlineScripts })))('page without charts $page', ({ p }) => {
    it(`ships no JavaScript (measured: ${kb(p.js.all.gzip + p.js.inlineScripts)}; entries: ${p.js.entries.length}, modulepreloads: ${p.js.preloads.length}, inline: ${p.js.inlineScripts} B)`, () => {
      expect(p.js.entries, `module scripts or modulepreloads on ${p.page}`).toEqual([]);
      expect(p.js.preloads, `modulepreloads on ${p.page}`).toEqual([]);
      expect(p.js.inlineScripts, `bytes of inline script on ${p.page}`).toBe(0);
    });
  });

  describe.each(withCharts.map((p) => ({ p, page: p.page })))('page with charts $page', ({ p }) => {
    it(`ships at most ${kb(BUDGETS.chartPageJsAll)} gzip of JavaScript in all (measured: ${kb(p.js.all.gzip)} in ${p.js.all.files.length} files)`, () => {
      expect(p.js.all.gzip, `all JavaScript of ${p.page}:\n${fileList(p.js.all.files)}`).toBeLessThanOrEqual(BUDGETS.chartPageJsAll);
    });

    it(`ships at most ${kb(BUDGETS.chartPageJsInitial)} gzip of JavaScript before a chart nears the viewport (measured: ${kb(p.js.initial.gzip)} in ${p.js.initial.files.length} files)`, () => {
      expect(p.js.initial.gzip, `entry scripts and static imports of ${p.page}:\n${fileList(p.js.initial.files)}`).toBeLessThanOrEqual(BUDGETS.chartPageJsInitial);
    });

    it('requests its first JavaScript in one round trip: every initial file is one of its own module scripts, none waits on a chunk it imports', () => {
      expect(p.js.initial.files.filter((f) => !p.js.entries.includes(f)), `static imports of ${p.page}'s scripts (${p.js.entries.join(', ')})`).toEqual([]);
      // The graphics are one script (GraphicsScript.astro); an embed page adds its height reporter.
      expect(p.js.entries.length, `module scripts of ${p.page}: ${p.js.entries.join(', ')}`).toBe(/(^|\/)embed\//.test(p.page) ? 2 : 1);
    });

    it('loads Chart.js lazily: the initial JavaScript is smaller than all of it', () => {
      expect(p.js.initial.gzip).toBeLessThan(p.js.all.gzip);
    });

    it('ships no UI dictionary in its JavaScript', () => {
      const found = p.js.all.files.flatMap((f) => {
        const code = readFileSync(join(DIST, f), 'utf8');
        return dictionaryStrings.filter((v) => code.includes(JSON.stringify(v).slice(1, -1)) || code.includes(v)).map((v) => `${f}: "${v}"`);
      });
      expect(found, 'UI strings compiled into JavaScript (pass them in the chart payload: src/i18n/chart-strings.ts)').toEqual([]);
    });

    it("gives each chart the chart module's strings in the page's language, and no others, in the views file it draws from", () => {
      const html = htmlOf.get(p.page)!;
      const lang = html.match(/<html[^>]*\slang="(\w+)"/)?.[1] as Locale;
      const files = viewsFiles(html);
      expect(files.length).toBe(p.charts);
      for (const file of files) expect((JSON.parse(file) as { strings?: unknown }).strings).toEqual(chartStrings(lang));
    });

    it("keeps the other edition's words out of its chart payloads and out of every script but that edition's own words chunk", () => {
      const html = htmlOf.get(p.page)!;
      const lang = html.match(/<html[^>]*\slang="(\w+)"/)?.[1] as Locale;
      const other = locales.filter((l) => l !== lang);
      const own = new Set([...Object.values(exploreUi[lang]), ...Object.values(chartStrings(lang))]);
      // Words that read the same in both editions ("{category}, {series}: {value}.") belong to neither; short ones occur in code by chance.
      const foreign = other.flatMap((l) => [...Object.values(exploreUi[l]), ...Object.values(chartStrings(l))]).filter((v) => v.length >= 8 && !own.has(v));
      const wordsChunk = new RegExp(`(^|/)(${other.join('|')})\\.[\\w-]+\\.js$`);
      const found = p.js.all.files
        .filter((f) => !wordsChunk.test(f))
        .flatMap((f) => {
          const code = readFileSync(join(DIST, f), 'utf8');
          return foreign.filter((v) => code.includes(JSON.stringify(v).slice(1, -1))).map((v) => `${f}: "${v}"`);
        });
      const payloads = [...html.matchAll(/<chart-figure[\s\S]*?<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      for (const payload of payloads) for (const v of foreign) if (payload.includes(JSON.stringify(v).slice(1, -1))) found.push(`chart payload: "${v}"`);
      for (const file of viewsFiles(html)) for (const v of foreign) if (file.includes(JSON.stringify(v).slice(1, -1))) found.push(`chart views file: "${v}"`);
      expect(found, `strings of ${other.join(', ')} on a ${lang} page (tests/browser/locale-strings.test.ts checks the words chunk is never downloaded)`).toEqual([]);
    });

    it('loads the keyboard explorer only when a chart is first focused: its chunk is not in the initial JavaScript', () => {
      const explorer = (files: string[]) => files.filter((f) => /(^|\/)chart-explorer\.[\w-]+\.js$/.test(f));
      expect(explorer(p.js.all.files), `no chart-explorer chunk among all JavaScript of ${p.page}:\n${fileList(p.js.all.files)}`).toHaveLength(1);
      expect(explorer(p.js.initial.files), `the explorer is loaded before any focus on ${p.page}`).toEqual([]);
    });
  });

  describe.each(pages.map((p) => ({ p, page: p.page })))('page $page', ({ p }) => {
    it(`ships at most ${kb(BUDGETS.css)} gzip of CSS (measured: ${kb(p.css.gzip)} in ${p.css.files.length} files${p.css.inline ? ` + ${kb(p.css.inline)} inline` : ''})`, () => {
      expect(p.css.gzip, `CSS of ${p.page}:\n${fileList(p.css.files)}`).toBeLessThanOrEqual(BUDGETS.css);
    });

    it(`references at most ${kb(BUDGETS.fonts)} of fonts (measured: ${kb(p.fonts.raw)} in ${p.fonts.files.length} files)`, () => {
      expect(p.fonts.raw, `fonts ${p.page} can download:\n${fileList(p.fonts.files)}`).toBeLessThanOrEqual(BUDGETS.fonts);
    });

    it(`uses only the fonts subset for the site (${p.fonts.files.map((f) => basename(f).replace(/\.[\w-]+\.woff2?$/, '')).join(', ') || 'no fonts'})`, () => {
      // Vite names a file <name>.<hash>.woff2; site-fonts.ts writes <family>-<subset>.woff2.
      const other = p.fonts.files.filter((f) => !generatedFonts.includes(basename(f).replace(/\.[\w-]+(\.woff2?)$/, '$1')));
      expect(other, `font files on ${p.page} that src/integrations/site-fonts.ts did not generate (${generatedFonts.join(', ')})`).toEqual([]);
    });
  });
});
