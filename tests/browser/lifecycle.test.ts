/**
 * The graphics' lifecycle, in headless Chromium at 1280x800: a <chart-figure>
 * taken out of the page and put back draws its chart again (Chart.js clears
 * the canvas when the figure destroys it on disconnect), and after three such
 * round trips one colour-scheme change, one step and one step announcement
 * each happen once (listeners are tied to the connection, not added again on
 * every connect). A figure put back while its views file is still loading
 * draws once it arrives. The scroller reports each step once, as one event,
 * and a diagram put back follows the next step.
 *
 * Run: npx vitest run tests/browser/lifecycle.test.ts   (needs Chromium; see harness.ts)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANNOUNCE_AFTER_MS } from '../../src/specs/announce.ts';
import { PAGES, SKIP_BROWSER, VIEWPORTS, load, newContext, settle, useSiteAndBrowser, watchNetwork } from './harness.ts';

const FIGURE = 'chart-figure[data-chart-id="hiring-wave"]';

/** How many pixels of the figure's canvas are painted. */
const painted = (page: Page) =>
  page.$eval(`${FIGURE} canvas`, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) n++;
    return n;
  });

const drawn = (page: Page) => expect.poll(() => painted(page), { timeout: 8000 }).toBeGreaterThan(1000);

/** Takes the figure out of the page and puts it back where it was, `times` times. */
const reattach = (page: Page, times: number) =>
  page.$eval(
    FIGURE,
    (figure, times) => {
      const parent = figure.parentNode!;
      const next = figure.nextSibling;
      for (let i = 0; i < times; i++) {
        figure.remove();
        parent.insertBefore(figure, next);
      }
    },
    times,
  );

const toStep = async (page: Page, id: string) => {
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center', behavior: 'instant' }), id);
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute('aria-current') === 'step', id);
  await settle(page);
};

/** Records what the figure's live region is given, in order. */
const recordSaid = (page: Page) =>
  page.$eval(`${FIGURE} [data-chart-status]`, (region) => {
    const w = window as unknown as { __said: string[] };
    w.__said = [];
    new MutationObserver(() => w.__said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
  });
const said = (page: Page) => page.evaluate(() => (window as unknown as { __said: string[] }).__said);

/** Counts, from 0, the times the canvas's description is written (each redraw writes it once). */
const countLabels = (page: Page) =>
  page.$eval(`${FIGURE} canvas`, (canvas) => {
    const w = window as unknown as { __labels: number; __labelObserver?: MutationObserver };
    w.__labels = 0;
    w.__labelObserver ??= new MutationObserver((records) => (w.__labels += records.length));
    w.__labelObserver.observe(canvas, { attributeFilter: ['aria-label'] });
  });
const labels = (page: Page) => page.evaluate(() => (window as unknown as { __labels: number }).__labels);

describe.skipIf(SKIP_BROWSER)('graphics lifecycle', () => {
  const env = useSiteAndBrowser();

  it('draws a chart again when its figure is put back, and does not double its listeners', async () => {
    const context = await newContext(env.browser, VIEWPORTS[0]!);
    try {
      const page = await context.newPage();
      const network = watchNetwork(page);
      await load(page, env.site.page(PAGES.story));
      await toStep(page, 'langkah-hiring-wave-1');
      await drawn(page);

      await reattach(page, 1);
      await drawn(page);
      await reattach(page, 2);
      await drawn(page);
      expect(await page.$eval(`${FIGURE} canvas`, (c) => c.getAttribute('data-state')), 'the step it showed').toBe('0');
      await network.quiet();
      await page.waitForTimeout(ANNOUNCE_AFTER_MS + 300);

      await countLabels(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => labels(page)).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      expect(await labels(page), 'redraws after one colour-scheme change').toBe(1);

      await recordSaid(page);
      await countLabels(page);
      await toStep(page, 'langkah-hiring-wave-2');
      await page.waitForTimeout(ANNOUNCE_AFTER_MS + 500);
      expect(await labels(page), 'redraws for one step').toBe(1);
      expect(await said(page), 'announcements of one step').toHaveLength(1);
      expect(await page.$eval(`${FIGURE} canvas`, (c) => c.getAttribute('data-state'))).toBe('1');
    } finally {
      await context.close();
    }
  });

  it("draws a figure put back while its views file was still loading, once, and not on the canvas it left", async () => {
    const context = await newContext(env.browser, VIEWPORTS[0]!);
    try {
      const page = await context.newPage();
      const thrown: string[] = [];
      page.on('pageerror', (e) => thrown.push(String(e)));
      let release!: () => void;
      const held = new Promise<void>((done) => (release = done));
      let requests = 0;
      // The views answer only once the figure has been taken out and put back.
      await page.route(/\/charts\/hiring-wave\.views\.json$/, async (route) => {
        requests++;
        await held;
        await route.continue();
      });
      await page.goto(env.site.page(PAGES.story), { waitUntil: 'domcontentloaded' });
      await toStep(page, 'langkah-hiring-wave-1');
      await expect.poll(() => requests, { timeout: 8000 }).toBeGreaterThan(0);
      await reattach(page, 1);
      release();
      await drawn(page);
      await page.waitForTimeout(500);
      // Drawn by the connection it is in: the first one's draw, detached, stopped (else Chart.js refuses the canvas
      // for the second and the figure falls back to its picture).
      expect(await page.$eval(FIGURE, (f) => f.hasAttribute('data-fallback')), 'the figure shows its picture').toBe(false);
      expect(requests, 'the views file requested once').toBe(1);
      expect(thrown).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reports each step once, as one event, and a diagram put back follows the next step', async () => {
    const context = await newContext(env.browser, VIEWPORTS[0]!);
    try {
      const page = await context.newPage();
      await load(page, env.site.page(PAGES.story));
      const section = page.locator('scrolly-section:has(scrolly-diagram)').first();
      const ids = await section.locator('.step').evaluateAll((steps) => steps.map((s) => s.id));
      expect(ids.length).toBeGreaterThan(1);
      await section.evaluate((s) => {
        const w = window as unknown as { __steps: number[] };
        w.__steps = [];
        s.addEventListener('scrolly-step', (e) => w.__steps.push((e as CustomEvent<{ index: number }>).detail.index));
      });
      await toStep(page, ids[0]!);
      await section.locator('scrolly-diagram').evaluate((d) => {
        const parent = d.parentNode!;
        d.remove();
        parent.appendChild(d);
      });
      await toStep(page, ids[1]!);
      await expect.poll(() => section.locator('[data-diagram]').getAttribute('data-state')).toBe('1');
      expect(await page.evaluate(() => (window as unknown as { __steps: number[] }).__steps)).toEqual([0, 1]);
    } finally {
      await context.close();
    }
  });
});
