/**
 * Printing the story (headless Chromium): the scrolly sections print as text
 * under their chart, not one step per screen, and every chart is drawn, even
 * one the reader never scrolled to.
 *
 * Run: npx vitest run tests/browser/print.test.ts   (needs Chromium; see harness.ts)
 */
import { describe, expect, it } from 'vitest';
import { PAGES, SKIP_BROWSER, VIEWPORTS, load, newContext, useSiteAndBrowser } from './harness.ts';

const undrawn = () => [...document.querySelectorAll('chart-figure canvas')].filter((c) => (c as HTMLElement).dataset['state'] === undefined).length;

describe.skipIf(SKIP_BROWSER)('printing the story', () => {
  const env = useSiteAndBrowser();
  const desktop = VIEWPORTS.find((v) => v.width >= 1000)!;

  it('draws every chart before printing, though none was scrolled to', async () => {
    const context = await newContext(env.browser, desktop);
    const page = await context.newPage();
    await load(page, env.site.page(PAGES.story));
    expect(await page.evaluate(undrawn), 'charts far from the top wait for the reader').toBeGreaterThan(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect.poll(() => page.evaluate(undrawn), { timeout: 10_000 }).toBe(0);
    await context.close();
  });

  it('draws the other charts in idle time once the first one is drawn', async () => {
    const context = await newContext(env.browser, desktop);
    const page = await context.newPage();
    await load(page, env.site.page(PAGES.story));
    await page.evaluate(() => document.querySelector('chart-figure')!.scrollIntoView({ block: 'center' }));
    await expect.poll(() => page.evaluate(undrawn), { timeout: 10_000 }).toBe(0);
    await context.close();
  });

  it('lays the sections out as text under their chart, without the interactive parts', async () => {
    const context = await newContext(env.browser, desktop);
    const page = await context.newPage();
    await load(page, env.site.page(PAGES.story));
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const css = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        stepMinHeight: css('.scrolly .step').minHeight,
        graphic: css('.scrolly-graphic').position,
        embed: css('.chart-embed').display,
        table: css('.chart-data').display,
        skip: css('.skip-link').display,
        chartHeight: document.querySelector('.chart-box')!.getBoundingClientRect().height,
      };
    });
    expect(styles).toMatchObject({ stepMinHeight: '0px', graphic: 'static', embed: 'none', table: 'none', skip: 'none' });
    expect(styles.chartHeight).toBeGreaterThan(250);
    // One step per screen made 36 A4 pages; as text it is 13 (the people index included).
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThanOrEqual(18);
    await context.close();
  });
});
