/**
 * Charts survive a failed load, in headless Chromium: when the Chart.js chunk
 * (/_astro/chart-drawing.*.js: src/client/chart-drawing.ts with Chart.js) does
 * not load, or loads and throws when a chart is made, or the charts' views
 * files (/charts/<id>.views.json, what they draw from) answer 404, or the chart module
 * itself (/_astro/GraphicsScript.*.js: src/client/graphics.ts with chart-figure.ts, GraphicsScript.astro)
 * does not load, every figure on every story page shows its static picture (the one
 * no-JS readers get) in the canvas's place, its data table opens with one
 * click, and nothing is thrown uncaught.
 *
 * Run: npx vitest run tests/browser/chart-fallback.test.ts   (needs Chromium; see harness.ts)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, it } from 'vitest';
import { listFiles } from '../publish/site.ts';
import { sharedBuild } from '../setup/builds.ts';
import { SKIP_BROWSER, VIEWPORTS, load, newContext, settle, useSiteAndBrowser } from './harness.ts';

/** Every page with a chart, but the embeds (each one chart, the same component), read from the shared root build. */
const distDir = SKIP_BROWSER ? null : (await sharedBuild('root')).root;
const storyPages = distDir === null
  ? []
  : listFiles(distDir)
      .filter((f) => f.endsWith('index.html') && !/^(en\/)?embed\//.test(f))
      .filter((f) => readFileSync(join(distDir, f), 'utf8').includes('<chart-figure'))
      .map((f) => f.replace(/index\.html$/, ''));

const CHART_JS = /\/_astro\/chart-drawing\.[^/]*\.js$/;
const CHART_MODULE = /\/_astro\/GraphicsScript\.[^/]*\.js$/;
const VIEWS_FILE = /\/charts\/[^/]+\.views\.json$/;

/**
 * How loading fails: Chart.js not loaded, or loaded but throwing as soon as a chart is made (the figure
 * script then says so: data-fallback and a note); or the figure script itself not loaded (CSS shows the
 * picture once <chart-figure> has stayed undefined for 5 s).
 */
const failures: { name: string; chunk: RegExp; scripted: boolean; handle: (route: Route) => Promise<void> }[] = [
  { name: 'the Chart.js chunk is blocked', chunk: CHART_JS, scripted: true, handle: (route) => route.abort('failed') },
  { name: 'the chart module is blocked', chunk: CHART_MODULE, scripted: false, handle: (route) => route.abort('failed') },
  // A deploy that lost the files: Chart.js loads, and each figure shows its picture.
  { name: 'the views files are missing', chunk: VIEWS_FILE, scripted: true, handle: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }) },
  {
    name: 'Chart.js throws',
    chunk: CHART_JS,
    scripted: true,
    handle: (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'export class Chart { constructor() { throw new Error("chart.js broke"); } }',
      }),
  },
];

interface FigureSeen {
  chart: string;
  fallback: boolean;
  imgVisible: boolean;
  imgLoaded: boolean;
  canvasHidden: boolean;
  note: string;
  summaryVisible: boolean;
  tableVisibleAfterClick: boolean;
}

async function figures(page: Page): Promise<FigureSeen[]> {
  const out: FigureSeen[] = [];
  const count = await page.locator('chart-figure').count();
  for (let i = 0; i < count; i++) {
    const figure = page.locator('chart-figure').nth(i);
    await figure.scrollIntoViewIfNeeded();
    await settle(page);
    const img = figure.locator('.chart-box img.chart-fallback');
    await img.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
    await img.evaluate((el: HTMLImageElement) => (el.complete ? null : new Promise((done) => el.addEventListener('load', done, { once: true })))).catch(() => {});
    const seen = await figure.evaluate((el) => {
      const img = el.querySelector<HTMLImageElement>('.chart-box img.chart-fallback');
      const canvas = el.querySelector('canvas');
      return {
        chart: el.getAttribute('data-chart-id') ?? '?',
        fallback: el.hasAttribute('data-fallback'),
        imgLoaded: !!img && img.complete && img.naturalWidth > 0,
        canvasHidden: !canvas || getComputedStyle(canvas).display === 'none',
        note: el.querySelector('.chart-failed')?.textContent ?? '',
      };
    });
    const summary = figure.locator('details.chart-data > summary');
    const summaryVisible = await summary.isVisible();
    let tableVisibleAfterClick = false;
    if (summaryVisible) {
      await summary.click();
      tableVisibleAfterClick = await figure.locator('details.chart-data table').first().isVisible();
      await summary.click();
    }
    out.push({ ...seen, imgVisible: await img.isVisible(), summaryVisible, tableVisibleAfterClick });
  }
  return out;
}

// The tests open pages of their own in the file's browser: they run side by side (maxConcurrency at a time).
describe.skipIf(SKIP_BROWSER)('charts when Chart.js fails', { concurrent: true }, () => {
  const env = useSiteAndBrowser();

  it('finds the story pages with charts', ({ expect }) => {
    expect(storyPages.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(failures)('$name', ({ chunk, scripted, handle }) => {
    it.for(VIEWPORTS.flatMap((viewport) => storyPages.map((path) => ({ path, viewport }))))(
      'every figure on /$path at $viewport.width px shows its picture and table, and nothing is thrown',
      { timeout: 120_000 },
      async ({ path, viewport }, { expect }) => {
        const context = await newContext(env.browser, viewport);
        const page = await context.newPage();
        const thrown: string[] = [];
        page.on('pageerror', (err) => thrown.push(err.stack ?? String(err)));
        let hits = 0;
        await page.route(chunk, (route) => {
          hits++;
          return handle(route);
        });
        try {
          await load(page, env.site.page(path));
          const seen = await figures(page);
          expect(seen.length).toBeGreaterThan(0);
          expect(hits, `${chunk} was requested`).toBeGreaterThan(0);
          const wrong = seen.filter(
            (f) => !(f.imgVisible && f.imgLoaded && f.summaryVisible && f.tableVisibleAfterClick && (!scripted || (f.fallback && f.canvasHidden && f.note !== ''))),
          );
          expect(wrong, JSON.stringify(wrong, null, 2)).toEqual([]);
          expect(thrown, thrown.join('\n')).toEqual([]);
        } finally {
          await context.close();
        }
      },
    );
  });
});
