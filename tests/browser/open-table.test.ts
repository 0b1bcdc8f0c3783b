/**
 * A chart's data table opened while its section is pinned, with JavaScript, at
 * 1280x800 and 390x844: as the reader scrolls on through the section, no step
 * card is drawn over the open table (on phones the cards pass over the pinned
 * chart; an open table or embed panel stays above them, scrolly.css), and a
 * step the keyboard moves to is not hidden under it. The no-JS case is in
 * no-js.test.ts.
 *
 * Run: npx vitest run tests/browser/open-table.test.ts   (needs Chromium; see harness.ts)
 */
import { describe, it } from 'vitest';
import { PAGES, SKIP_BROWSER, VIEWPORTS, load, newContext, useSiteAndBrowser } from './harness.ts';

describe.skipIf(SKIP_BROWSER)('an open data table in a pinned chart', { concurrent: true }, () => {
  const env = useSiteAndBrowser();

  it.for(VIEWPORTS)('stays above the step cards while the reader scrolls on, at $width px', async (viewport, { expect }) => {
    const context = await newContext(env.browser, viewport);
    try {
      const page = await context.newPage();
      await load(page, env.site.page(PAGES.story));
      const charts = await page.$$eval('scrolly-section chart-figure[data-chart-id]', (els) => els.map((e) => e.getAttribute('data-chart-id')!));
      expect(charts.length).toBeGreaterThan(0);
      const covered: string[] = [];
      for (const chart of charts) {
        const figure = page.locator(`scrolly-section chart-figure[data-chart-id="${chart}"]`);
        // Into the section, its chart pinned, then the table opened as a reader taps "Lihat data".
        await figure.evaluate((f) => window.scrollTo({ top: f.closest('scrolly-section')!.getBoundingClientRect().top + window.scrollY + 10, behavior: 'instant' }));
        await figure.locator('details.chart-data > summary').click();
        for (let n = 0; n < 6; n++) {
          const hit = await figure.evaluate((f) => {
            const table = f.querySelector('details.chart-data')!.getBoundingClientRect();
            const top = Math.max(table.top, 0);
            const bottom = Math.min(table.bottom, window.innerHeight);
            if (bottom - top < 20) return null;
            // Points across the open table's visible part: each must be the table's own.
            for (const y of [top + 5, (top + bottom) / 2, bottom - 5]) {
              const at = document.elementFromPoint(table.left + table.width / 2, y);
              if (at && !at.closest('details.chart-data')) return `${at.tagName.toLowerCase()}.${at.className} at y ${Math.round(y)}`;
            }
            return null;
          });
          if (hit) covered.push(`${chart}, ${n * 200} px on: ${hit} lies over the open table`);
          await page.evaluate(() => window.scrollBy({ top: 200, behavior: 'instant' }));
          await page.waitForTimeout(50);
        }
        // The keyboard moved on into the steps, the table still open: the focused step is not hidden under the chart.
        const step = figure.locator('xpath=ancestor::scrolly-section').locator('.step').nth(1);
        await step.focus();
        await page.waitForTimeout(100);
        const hidden = await step.evaluate((el) => {
          const r = el.querySelector('.step-card')!.getBoundingClientRect();
          const y = Math.min(Math.max(r.top + 10, 0), window.innerHeight - 1);
          const at = document.elementFromPoint(r.left + r.width / 2, y);
          return at && !el.contains(at) ? `${at.tagName.toLowerCase()}.${at.className}` : null;
        });
        if (hidden) covered.push(`${chart}: the focused step lies under ${hidden}`);
        await figure.locator('details.chart-data > summary').click();
      }
      expect(covered).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
