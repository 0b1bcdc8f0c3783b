/**
 * Exploring charts by keyboard, in headless Chromium, keyboard only: from the
 * top of each story of both editions and of each edition's embed page, Tab
 * reaches every chart; there the keys hint shows, Right, End, Down, Home and
 * Left each say their position in the chart's live region (category, series,
 * value, the names behind the bar with their dates, in the page's language,
 * for the step the chart shows), Escape leaves and Tab goes on past the
 * chart. The explorer's script is not downloaded before the first focus,
 * step changes are not announced over it, it follows the step's view, the
 * accessibility tree holds what it says, and axe finds nothing in a chart's
 * figure while it is being explored.
 *
 * Run: npx vitest run tests/browser/explore.test.ts   (needs Chromium; see harness.ts)
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { ANNOUNCE_AFTER_MS } from '../../src/specs/describe.ts';
import { describePoint, move, type Position } from '../../src/specs/explore.ts';
import { charts, type ChartId } from '../../src/specs/registry.ts';
import { pickView } from '../../src/specs/to-chartjs.ts';
import type { ChartDetails, ChartSpec, StepState } from '../../src/specs/types.ts';
import { exploreUi } from '../../src/i18n/explore.ts';
import type { Locale } from '../../src/i18n/ui.ts';
import { readDataset } from '../../src/site/read-dataset.ts';
import { PAGES, SKIP_BROWSER, SLOW_MS, VIEWPORTS, load, newContext, settle, trackProblems, useSiteAndBrowser } from './harness.ts';

const data = readDataset(process.cwd());
const specs = new Map<string, ChartSpec>();
const spec = (chart: string, locale: Locale) => {
  const key = `${chart}/${locale}`;
  if (!specs.has(key)) specs.set(key, charts[chart as ChartId](data, locale));
  return specs.get(key)!;
};

const PAGES_WITH_CHARTS: { path: string; locale: Locale }[] = [
  { path: PAGES.story, locale: 'id' },
  { path: 'reorganisasi-agustus-2025/', locale: 'id' },
  { path: 'en/yang-song-meta-hiring-wave/', locale: 'en' },
  { path: 'embed/origins/', locale: 'id' },
  { path: 'en/embed/departures/', locale: 'en' },
];

const KEYS = ['ArrowRight', 'End', 'ArrowDown', 'Home', 'ArrowLeft'] as const;

interface Focused {
  chart: string;
  /** URL of the chart's details file, which the figure fetched. */
  details: string;
  /** The figure's step state (its section's active step, or the figure's first state). */
  state: StepState;
  hintShown: boolean;
  role: string | null;
  index: number;
}

/** What the focused canvas's figure shows now, or null when focus is not on a chart canvas. */
const focusedChart = (page: Page) =>
  page.evaluate((): Focused | null => {
    const canvas = document.activeElement;
    if (!(canvas instanceof HTMLCanvasElement)) return null;
    const figure = canvas.closest('chart-figure')!;
    const section = figure.closest('scrolly-section');
    const current = section?.querySelector('.step[aria-current="step"]');
    const payload = JSON.parse(figure.querySelector('script[type="application/json"]')!.textContent!) as { initial: StepState; details: string };
    const hint = figure.querySelector<HTMLElement>('[data-chart-keys]')!;
    return {
      chart: figure.getAttribute('data-chart-id')!,
      details: new URL(payload.details, location.href).href,
      state: current ? (JSON.parse(current.getAttribute('data-state') ?? '{}') as StepState) : payload.initial,
      hintShown: getComputedStyle(hint).display !== 'none' && hint.getBoundingClientRect().height > 0,
      role: canvas.getAttribute('role'),
      index: [...document.querySelectorAll('chart-figure')].indexOf(figure),
    };
  });

const status = (page: Page, index: number) => page.locator('chart-figure').nth(index).locator('[data-chart-status]');

describe.skipIf(SKIP_BROWSER)('exploring charts by keyboard', { concurrent: true }, () => {
  const env = useSiteAndBrowser();

  describe.each(PAGES_WITH_CHARTS)('$path', ({ path, locale }) => {
    it.for(VIEWPORTS)('reaches every chart with Tab, says each key, leaves with Escape, at $width px', async (viewport, { expect }) => {
      const context = await newContext(env.browser, viewport, { locale: locale === 'id' ? 'id-ID' : 'en-GB' });
      try {
        const page = await context.newPage();
        const problems = await trackProblems(page, env.site.origin);
        const explorerRequests: string[] = [];
        page.on('request', (r) => {
          if (/chart-explorer\.[\w-]+\.js$/.test(r.url())) explorerRequests.push(r.url());
        });
        // The names behind the bars, which each key says: a figure fetches them near the viewport or on focus.
        const namesLoaded = new Set<string>();
        page.on('requestfinished', (r) => {
          if (r.url().endsWith('.details.json')) namesLoaded.add(r.url());
        });
        await load(page, env.site.page(path));
        const total = await page.locator('chart-figure canvas').count();
        expect(total, 'charts on the page').toBeGreaterThan(0);
        // load() gave the page's first requests up to 10 s to end; the explorer is only ever imported on a focus or a press.
        expect(explorerRequests, 'the explorer is downloaded before any chart has focus').toEqual([]);

        const visited = new Set<number>();
        const wrong: string[] = [];
        for (let n = 0; n < 600 && visited.size < total; n++) {
          await page.keyboard.press('Tab');
          if (!(await page.evaluate(() => document.activeElement instanceof HTMLCanvasElement))) continue;
          // Focus scrolled the chart into view: let the steps settle before reading which one it shows.
          await settle(page);
          await page.waitForTimeout(150);
          const focused = (await focusedChart(page))!;
          if (visited.has(focused.index)) continue;
          visited.add(focused.index);
          const where = `chart ${focused.index} (${focused.chart})`;
          if (focused.role !== 'application') wrong.push(`${where}: role ${focused.role}`);
          if (!focused.hintShown) wrong.push(`${where}: the keys hint is not shown while it has focus`);
          await page.waitForFunction(() => document.activeElement?.closest('chart-figure')?.querySelector('canvas')?.dataset['state'] !== undefined);
          await expect.poll(() => namesLoaded.has(focused.details), { timeout: SLOW_MS, message: `${where}: its names (${focused.details}) were fetched` }).toBe(true);
          // The figure parses and keeps them just after the request ends.
          await page.waitForTimeout(100);
          const chartSpec = spec(focused.chart, locale);
          const view = pickView(chartSpec.views, focused.state);
          const details = ((await (await page.request.get(focused.details)).json()) as ChartDetails)[view.key];
          let at: Position | null = null;
          for (const key of KEYS) {
            await page.keyboard.press(key);
            at = move(view, focused.state, at, key);
            const expected = describePoint(view, focused.state, details, at!, exploreUi[locale]);
            await expect.poll(() => status(page, focused.index).textContent(), { timeout: SLOW_MS, message: `${where} after ${key}` }).toBe(expected);
            // What a screen reader reads: the live region's text in the accessibility tree.
            const tree = await status(page, focused.index).ariaSnapshot();
            if (!tree.includes(expected.slice(0, 60))) wrong.push(`${where} after ${key}: the accessibility tree has ${tree.slice(0, 120)}`);
          }
          await page.keyboard.press('Escape');
          expect(await status(page, focused.index).textContent()).toBe(exploreUi[locale].left);
          const after = await page.evaluate(() => document.activeElement instanceof HTMLCanvasElement);
          if (after) wrong.push(`${where}: Escape left focus on the chart`);
          // Tab goes on from the chart, not from the top of the page.
          await page.keyboard.press('Tab');
          const next = await page.evaluate((index) => {
            const canvas = document.querySelectorAll('chart-figure canvas')[index]!;
            const a = document.activeElement;
            return !!a && a !== document.body && !!(canvas.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
          }, focused.index);
          if (!next) wrong.push(`${where}: Tab after Escape did not go on past the chart`);
        }
        expect(visited.size, `Tab reached ${visited.size} of ${total} charts`).toBe(total);
        expect(wrong, wrong.join('\n')).toEqual([]);
        expect(explorerRequests, 'the explorer chunk is downloaded once').toHaveLength(1);
        expect(problems.pageErrors, problems.pageErrors.join('\n')).toEqual([]);
        expect(problems.consoleErrors, problems.consoleErrors.join('\n')).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  it('follows the view the step shows, and no step change is announced while the reader explores', async ({ expect }) => {
    const context = await newContext(env.browser, VIEWPORTS[0]!);
    try {
      const page = await context.newPage();
      await load(page, env.site.page(PAGES.story));
      const lastStep = page.locator('#langkah-hiring-wave-6');
      await lastStep.scrollIntoViewIfNeeded();
      await lastStep.evaluate((s) => s.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await page.waitForFunction(() => document.querySelector('#langkah-hiring-wave-6')?.getAttribute('aria-current') === 'step');
      await new Promise((r) => setTimeout(r, ANNOUNCE_AFTER_MS + 300));
      await page.locator('chart-figure[data-chart-id="hiring-wave"] canvas').focus();
      await page.keyboard.press('ArrowRight');
      const details = (await (await page.request.get(env.site.page('charts/hiring-wave.details.json'))).json()) as ChartDetails;
      const cumulative = spec('hiring-wave', 'id').views.find((v) => v.key === 'cumulative')!;
      const first = describePoint(cumulative, { view: 'cumulative' }, details['cumulative'], { category: 0, series: 0 }, exploreUi.id);
      const region = status(page, 0);
      await expect.poll(() => region.textContent()).toBe(first);

      // A step turns while the chart has focus (the reader scrolls): the live region keeps the explorer's words.
      await page.evaluate(() => document.querySelector('#langkah-hiring-wave-2')!.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await page.waitForFunction(() => document.querySelector('#langkah-hiring-wave-2')?.getAttribute('aria-current') === 'step');
      await new Promise((r) => setTimeout(r, ANNOUNCE_AFTER_MS + 500));
      expect(await region.textContent()).toBe(first);
      // The next key reads the weekly view the new step shows, up to its date.
      await page.keyboard.press('End');
      const wave = spec('hiring-wave', 'id');
      const state = JSON.parse((await page.locator('#langkah-hiring-wave-2').getAttribute('data-state'))!) as StepState;
      const weekly = pickView(wave.views, state);
      const end = move(weekly, state, null, 'End')!;
      await expect.poll(() => region.textContent()).toBe(describePoint(weekly, state, details[weekly.key], end, exploreUi.id));
      // The canvas in the accessibility tree: an interactive chart, named by its description, described by the keys.
      const canvas = page.getByRole('application', { name: /^Rekrutan MSL per pekan/ });
      await expect.poll(() => canvas.count()).toBe(1);
      expect(await canvas.getAttribute('aria-roledescription')).toBe(exploreUi.id.role);
      expect(await page.locator(`#${await canvas.getAttribute('aria-describedby')}`).textContent()).toBe(exploreUi.id.hint);
    } finally {
      await context.close();
    }
  });

  it.for(VIEWPORTS)('has no axe violations while a chart is explored, at $width px', async (viewport, { expect }) => {
    const context = await newContext(env.browser, viewport);
    try {
      const page = await context.newPage();
      await load(page, env.site.page(PAGES.story));
      for (let n = 0; n < 300 && !(await page.evaluate(() => document.activeElement instanceof HTMLCanvasElement)); n++) await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      await settle(page);
      // The explored figure (its canvas, live region, keys hint and text alternative in their exploring state);
      // the rest of the page, after every step, is a11y.test.ts's.
      const chart = await page.evaluate(() => document.activeElement?.closest('chart-figure')?.getAttribute('data-chart-id'));
      expect(chart, 'Tab reached a chart').toBeTruthy();
      const results = await new AxeBuilder({ page }).include(`chart-figure[data-chart-id="${chart}"]`).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.passes.length, 'axe checked something in the figure').toBeGreaterThan(0);
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
