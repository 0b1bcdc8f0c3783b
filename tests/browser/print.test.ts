/**
 * Printing the story (headless Chromium): the scrolly sections print as text
 * under their chart, not one step per screen; every chart prints whole, and a
 * chart that could not be drawn in time prints its data table, never an empty
 * box. Drawing charts for print or in idle time fetches no tooltip names.
 *
 * Run: npx vitest run tests/browser/print.test.ts   (needs Chromium; see harness.ts)
 */
import { describe, it } from 'vitest';
import { PAGES, SKIP_BROWSER, VIEWPORTS, load, newContext, useSiteAndBrowser } from './harness.ts';

const undrawn = () => [...document.querySelectorAll('chart-figure canvas')].filter((c) => (c as HTMLElement).dataset['state'] === undefined).length;

// The tests open pages of their own in the file's browser: they run side by side (maxConcurrency at a time).
describe.skipIf(SKIP_BROWSER)('printing the story', { concurrent: true }, () => {
  const env = useSiteAndBrowser();
  const desktop = VIEWPORTS.find((v) => v.width >= 1000)!;
  /** About an A4 page's width in CSS px: print uses the narrow layout. */
  const paper = { width: 794, height: 1123 };

  it('prints the data table of a chart not drawn yet, and gives the page back afterwards', async ({ expect }) => {
    const context = await newContext(env.browser, desktop);
    const page = await context.newPage();
    await load(page, env.site.page(PAGES.story));
    // In one task, as a browser prints: whatever beforeprint leaves is what goes on paper.
    const atPrint = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return [...document.querySelectorAll<HTMLElement>('chart-figure')].map((f) => ({
        drawn: f.querySelector('canvas')!.dataset['state'] !== undefined,
        table: f.dataset['printTable'] !== undefined && f.querySelector('details.chart-data')!.hasAttribute('open'),
      }));
    });
    expect(atPrint.filter((f) => !f.drawn).length, 'charts far from the top are not drawn at load').toBeGreaterThan(0);
    expect(atPrint.filter((f) => !f.drawn && !f.table), 'an undrawn chart without its table would print as an empty box').toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('chart-figure[data-print-table]')].map((f) => ({
        box: getComputedStyle(f.querySelector('.chart-box')!).display,
        rows: f.querySelector('.chart-data tbody tr')!.getBoundingClientRect().height,
      })),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const f of shown) expect(f).toMatchObject({ box: 'none' });
    for (const f of shown) expect(f.rows).toBeGreaterThan(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.$$eval('chart-figure[data-print-table], chart-figure details.chart-data[open]', (els) => els.length)).toBe(0);
    await context.close();
  });

  it('draws the other charts in idle time once the first one is drawn, without fetching their names', async ({ expect }) => {
    const context = await newContext(env.browser, desktop);
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.details.json')) fetched.push(new URL(r.url()).pathname);
    });
    await load(page, env.site.page(PAGES.story));
    const first = await page.$eval('chart-figure', (f) => (f as HTMLElement).dataset['chartId']!);
    await page.evaluate(() => document.querySelector('chart-figure')!.scrollIntoView({ block: 'center' }));
    await expect.poll(() => page.evaluate(undrawn), { timeout: 10_000 }).toBe(0);
    await page.waitForTimeout(300);
    expect(fetched.map((p) => p.split('/').pop())).toEqual([`${first}.details.json`]);
    await context.close();
  });

  it('lays the sections out as text under their chart, captions kept, interactive parts left out', async ({ expect }) => {
    const context = await newContext(env.browser, paper);
    const page = await context.newPage();
    await load(page, env.site.page(PAGES.story));
    await page.evaluate(() => document.querySelector('chart-figure')!.scrollIntoView({ block: 'center' }));
    await expect.poll(() => page.evaluate(undrawn), { timeout: 10_000 }).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const css = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        stepMinHeight: css('.scrolly .step').minHeight,
        graphic: css('.scrolly-graphic').position,
        caption: css('.scrolly .chart-caption').display,
        embed: css('.chart-embed').display,
        table: css('.chart-data').display,
        skip: css('.skip-link').display,
        chartHeight: document.querySelector('.chart-box')!.getBoundingClientRect().height,
      };
    });
    expect(styles).toMatchObject({ stepMinHeight: '0px', graphic: 'static', caption: 'inline', embed: 'none', table: 'none', skip: 'none' });
    expect(styles.chartHeight).toBeGreaterThan(250);
    // One step per screen made 36 A4 pages; as text it is 13 (the people index included).
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThanOrEqual(18);
    await context.close();
  });
});
