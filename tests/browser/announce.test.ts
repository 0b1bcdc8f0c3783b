/**
 * Step changes announced once, in headless Chromium at 1280x800: a chart's
 * polite live region says what a step changed once the step has stayed
 * active (ANNOUNCE_AFTER_MS), in the page's language; scrolling back and
 * forth across a step boundary says nothing until the reader stops, and a
 * step is not told twice in a row. The accessibility tree holds the sentence.
 *
 * Run: npx vitest run tests/browser/announce.test.ts   (needs Chromium; see harness.ts)
 */
import { chartStrings } from '../../src/i18n/chart-strings.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANNOUNCE_AFTER_MS, describeChange } from '../../src/specs/describe.ts';
import { charts } from '../../src/specs/registry.ts';
import type { StepState } from '../../src/specs/types.ts';
import { intlLocale, type Locale } from '../../src/i18n/ui.ts';
import { readDataset } from '../../src/site/read-dataset.ts';
import { PAGES, SKIP_BROWSER, VIEWPORTS, load, newContext, settle, useSiteAndBrowser } from './harness.ts';

declare global {
  interface Window {
    __said: { chart: string; text: string }[];
  }
}

/** Records every text a chart's live region is given, in order. */
export async function recordLiveRegions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__said = [];
    document.addEventListener('DOMContentLoaded', () => {
      for (const region of document.querySelectorAll('[data-chart-status]')) {
        const chart = region.closest('chart-figure')?.getAttribute('data-chart-id') ?? '?';
        new MutationObserver(() => window.__said.push({ chart, text: region.textContent ?? '' })).observe(region, { childList: true, characterData: true, subtree: true });
      }
    });
  });
}

export const said = (page: Page, chart: string) => page.evaluate((chart) => window.__said.filter((s) => s.chart === chart).map((s) => s.text), chart);

async function toStep(page: Page, section: number, index: number) {
  await page.evaluate(
    ([s, i]) => document.querySelectorAll('scrolly-section')[s]!.querySelectorAll('.step')[i]!.scrollIntoView({ block: 'center', behavior: 'instant' }),
    [section, index] as const,
  );
  await page.waitForFunction(
    ([s, i]) => document.querySelectorAll('scrolly-section')[s]!.querySelectorAll('.step')[i]!.getAttribute('aria-current') === 'step',
    [section, index] as const,
  );
}

/** Crosses the boundary between two steps `times` times, faster than ANNOUNCE_AFTER_MS, and stops on `end`. */
async function jitter(page: Page, section: number, a: number, b: number, end: number, times = 4) {
  for (let k = 0; k < times; k++) {
    await toStep(page, section, k % 2 === 0 ? b : a);
    await page.waitForTimeout(ANNOUNCE_AFTER_MS / 5);
  }
  await toStep(page, section, end);
}

const data = readDataset(process.cwd());

/** What the live region should say for a step of the hiring-wave section, after the one heard before (unit-tested in describe.test.ts). */
async function expected(page: Page, locale: Locale, from: number, to: number): Promise<string> {
  const states = await page.$$eval('scrolly-section:first-of-type .step', (steps) => steps.map((s) => JSON.parse(s.getAttribute('data-state') ?? '{}') as StepState));
  const until = (st: StepState) =>
    st.until ? new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${st.until}T00:00:00Z`)) : undefined;
  const before = from < 0 ? {} : states[from]!;
  return describeChange(charts['hiring-wave'](data, locale).views, { state: before, untilLabel: until(before) }, { state: states[to]!, untilLabel: until(states[to]!) }, { n: to + 1, total: states.length }, chartStrings(locale));
}

const quiet = () => new Promise((r) => setTimeout(r, ANNOUNCE_AFTER_MS + 600));

describe.skipIf(SKIP_BROWSER)('step changes announced once', () => {
  const env = useSiteAndBrowser();

  it('tells each step that stays once, not the steps scrolled past, nor the same step twice', async () => {
    const context = await newContext(env.browser, VIEWPORTS[0]!);
    try {
      const page = await context.newPage();
      await recordLiveRegions(page);
      await load(page, env.site.page(PAGES.story));
      await toStep(page, 0, 0);
      await quiet();
      const first = await expected(page, 'id', -1, 0);
      expect(first).toMatch(/^Langkah 1 dari 6: Data hingga 15 Juni 2025\. /);
      expect(await said(page, 'hiring-wave')).toEqual([first]);

      // Back and forth across the boundary of steps 1 and 2, stopping on step 2: one sentence, for step 2.
      await jitter(page, 0, 0, 1, 1);
      await quiet();
      const after = await said(page, 'hiring-wave');
      expect(after.slice(1)).toEqual([await expected(page, 'id', 0, 1)]);

      // Into step 3 and back to step 2 before it settles: step 2 was told already, so nothing.
      await jitter(page, 0, 1, 2, 1, 3);
      await quiet();
      expect(await said(page, 'hiring-wave')).toEqual(after);

      // The accessibility tree holds the sentence (what a screen reader reads from the live region).
      const tree = await page.locator('chart-figure[data-chart-id="hiring-wave"] [data-chart-status]').ariaSnapshot();
      expect(tree).toContain('Langkah 2 dari 6: Data hingga 30 Juni 2025.');
      expect(await page.locator('chart-figure[data-chart-id="hiring-wave"] [data-chart-status]').getAttribute('aria-live')).toBe('polite');
      await settle(page);
    } finally {
      await context.close();
    }
  });

  it('tells a step change in English on the English page', async () => {
    const context = await newContext(env.browser, VIEWPORTS[0]!, { locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await recordLiveRegions(page);
      await load(page, env.site.page('en/yang-song-meta-hiring-wave/'));
      await toStep(page, 0, 5);
      await quiet();
      const told = await said(page, 'hiring-wave');
      expect(told).toEqual([await expected(page, 'en', -1, 5)]);
      expect(told[0]).toMatch(/^Step 6 of 6: View: cumulative\. /);
    } finally {
      await context.close();
    }
  });
});
