/**
 * Each page downloads its own edition's words only, in headless Chromium: on
 * a story page of each edition, after every step has been scrolled through
 * (every chart drawn) and a chart explored by keyboard (the explorer and its
 * words loaded), no script the page downloaded holds a string of the other
 * edition's chart strings or explorer words (src/i18n/chart-strings.ts,
 * src/i18n/explore/<locale>.ts), and the explorer spoke in the page's language.
 *
 * Run: npx vitest run tests/browser/locale-strings.test.ts   (needs Chromium; see harness.ts)
 */
import { describe, it } from 'vitest';
import { chartStrings } from '../../src/i18n/chart-strings.ts';
import { exploreUi } from '../../src/i18n/explore.ts';
import { locales, type Locale } from '../../src/i18n/ui.ts';
import { PAGES, SKIP_BROWSER, VIEWPORTS, load, newContext, useSiteAndBrowser, walkSteps, watchNetwork } from './harness.ts';

const STORIES: { path: string; locale: Locale }[] = [
  { path: PAGES.story, locale: 'id' },
  { path: 'en/yang-song-meta-hiring-wave/', locale: 'en' },
];

const wordsOf = (l: Locale) => [...Object.values(exploreUi[l]), ...Object.values(chartStrings(l))];

describe.skipIf(SKIP_BROWSER)("each edition's words only", { concurrent: true }, () => {
  const env = useSiteAndBrowser();

  it.for(STORIES)('$path downloads no string of the other edition', async ({ path, locale }, { expect }) => {
    const own = new Set(wordsOf(locale));
    // Short strings and those both editions share say nothing about which edition a script is for.
    const foreign = locales.filter((l) => l !== locale).flatMap(wordsOf).filter((v) => v.length >= 8 && !own.has(v));
    const context = await newContext(env.browser, VIEWPORTS[0]!);
    try {
      const page = await context.newPage();
      const scripts: Promise<{ url: string; body: string }>[] = [];
      page.on('response', (res) => {
        if (res.request().resourceType() === 'script') scripts.push(res.text().then((body) => ({ url: res.url(), body })));
      });
      const network = watchNetwork(page);
      await load(page, env.site.page(path));
      await walkSteps(page, 3000);
      // Keyboard only: Tab to the first chart, then explore one bar.
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let n = 0; n < 200 && !(await page.evaluate(() => document.activeElement instanceof HTMLCanvasElement)); n++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement instanceof HTMLCanvasElement), 'Tab reached a chart').toBe(true);
      await page.keyboard.press('ArrowRight');
      const status = page.locator('chart-figure:has(canvas:focus) [data-chart-status]');
      await expect.poll(() => status.textContent()).toContain(exploreUi[locale].position.split('{')[0]!.trim());
      await network.quiet();
      const downloaded = await Promise.all(scripts);
      expect(downloaded.length).toBeGreaterThan(0);
      const found = downloaded.flatMap(({ url, body }) => foreign.filter((v) => body.includes(JSON.stringify(v).slice(1, -1))).map((v) => `${new URL(url).pathname}: "${v}"`));
      expect(found, `scripts a ${locale} page downloaded with the other edition's words`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
