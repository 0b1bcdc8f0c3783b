/**
 * The page header holds its height when the web fonts replace a fallback of
 * other widths: Android has none of the metric-matched fallbacks, and a header
 * that wrapped by the width of its words moved the whole page (CLS 0.30 at
 * 390 px). Each story page, in both editions, at 390 and 1280 px: the header's
 * height with the site's fonts equals its height with them blocked (the
 * system's own faces drawn instead).
 *
 * Run: npx vitest run tests/browser/font-swap.test.ts   (needs Chromium; see harness.ts)
 */
import { describe, it } from 'vitest';
import { SKIP_BROWSER, VIEWPORTS, load, newContext, useSiteAndBrowser } from './harness.ts';

const STORIES = ['meta-rekrut-yang-song/', 'en/yang-song-meta-hiring-wave/', ''];

describe.skipIf(SKIP_BROWSER)('the header across the font swap', { concurrent: true }, () => {
  const env = useSiteAndBrowser();

  it.for(VIEWPORTS.flatMap((viewport) => STORIES.map((path) => ({ path, viewport }))))(
    'keeps its height on /$path at $viewport.width px with or without the web fonts',
    async ({ path, viewport }, { expect }) => {
      const height = async (blockFonts: boolean) => {
        const context = await newContext(env.browser, viewport);
        try {
          const page = await context.newPage();
          if (blockFonts) await page.route(/\.woff2$/, (route) => route.abort());
          await load(page, env.site.page(path));
          const loaded = await page.evaluate(async () => {
            await document.fonts.ready;
            return [...document.fonts].filter((f) => f.status === 'loaded').length;
          });
          const h = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
          return { loaded, h };
        } finally {
          await context.close();
        }
      };
      const withFonts = await height(false);
      const without = await height(true);
      expect(withFonts.loaded, 'web fonts loaded').toBeGreaterThan(0);
      expect(without.loaded, 'web fonts blocked').toBe(0);
      expect(without.h, 'header height with the fallback fonts').toBe(withFonts.h);
    },
  );
});
