/**
 * The chart as text, in headless Chromium: inside each chart figure a group
 * "Isi grafik ini dalam teks" / "This chart as text" holds a summary, then the
 * view's series, each with a nested list of its points, for the step the chart
 * shows. Read through the accessibility tree (Playwright's ARIA snapshot),
 * not the canvas: at every step of every chart of the stories of both
 * editions it is what the chart spec and the step's state say (built here from
 * the data, independently of src/specs/describe.ts's lists); opening a story at
 * a step's link shows that step's; without JavaScript it holds the chart's
 * first state.
 *
 * Run: npx vitest run tests/browser/outline.test.ts   (needs Chromium; see harness.ts)
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { chartStrings } from '../../src/i18n/chart-strings.ts';
import { fill } from '../../src/i18n/fill.ts';
import { t, type Locale } from '../../src/i18n/ui.ts';
import { describeState, untilLabel } from '../../src/specs/describe.ts';
import { charts, type ChartId } from '../../src/specs/registry.ts';
import { pickView, visibleData } from '../../src/specs/to-chartjs.ts';
import type { ChartSpec, StepState } from '../../src/specs/types.ts';
import { readDataset } from '../../src/site/read-dataset.ts';
import { PAGES, SKIP_BROWSER, SLOW_MS, VIEWPORTS, load, settle, newContext, useSiteAndBrowser } from './harness.ts';

const STORIES: { path: string; locale: Locale }[] = [
  { path: PAGES.story, locale: 'id' },
  { path: 'reorganisasi-agustus-2025/', locale: 'id' },
  { path: 'en/yang-song-meta-hiring-wave/', locale: 'en' },
];

const data = readDataset(process.cwd());
const specs = new Map<string, ChartSpec>();
const spec = (chart: string, locale: Locale) => {
  const key = `${chart}/${locale}`;
  if (!specs.has(key)) specs.set(key, charts[chart as ChartId](data, locale));
  return specs.get(key)!;
};

/** A snapshot without YAML's quotes, which Playwright puts only around some values (with a colon, say). */
const unquoted = (snapshot: string) => snapshot.replace(/"/g, '').replace(/[\u00a0\u2009\u202f]/g, ' ');

/**
 * The ARIA snapshot the chart-as-text group should have: heading, summary
 * (after the step's number when a step is active), then per series its name
 * (highlighted or not, with its total where values add up) and its shown,
 * non-zero points, the zeros counted in a last item.
 */
/** The chart's title for the view a state shows (ChartFigure's `titles`), else its one title. */
type Titles = { title: string; titles?: Record<string, string> | undefined };

function expectedSnapshot(chart: string, locale: Locale, named: Titles, state: StepState, step?: { n: number; total: number }): string {
  const strings = chartStrings(locale);
  const { views } = spec(chart, locale);
  const view = pickView(views, state);
  const title = named.titles?.[view.key] ?? named.title;
  const lit = new Set(state.highlight ?? []);
  const hl = (label: string, on: boolean) => (on ? fill(strings['chart.outline.highlighted'], { label }) : label);
  const heading = t(locale, 'chart.outline');
  const summary = `${step ? `${fill(strings['step.label'], step)}. ` : ''}${describeState(title, views, state, strings, untilLabel(locale, state))}`;
  const lines = [`- group ${heading}:`, `  - heading ${heading} [level=4]`, `  - paragraph: ${summary}`, '  - list:'];
  if (view.summaries) {
    // Ranges (tenure): each bar once, as its range.
    for (const [i, label] of view.labels.entries()) {
      if (view.series.some((s) => visibleData(view, s.data, state)[i] != null)) lines.push(`    - listitem: ${hl(`${label}: ${view.summaries[i]}`, lit.has(label))}`);
    }
    return unquoted(lines.join('\n'));
  }
  for (const s of view.series) {
    const shown = visibleData(view, s.data, state).flatMap((v, i) => (v === null ? [] : [[view.labels[i]!, v] as const]));
    const points = shown.filter(([, v]) => v !== 0).map(([label, v]) => hl(`${label}: ${v}`, lit.has(label)));
    const zeros = shown.length - points.length;
    if (zeros) points.push(fill(strings[points.length ? 'chart.outline.rest' : 'chart.outline.allZero'], { n: zeros }));
    const name = hl(s.label, lit.has(s.key));
    const head = view.summable ? fill(strings['chart.outline.seriesTotal'], { series: name, n: shown.reduce((n, [, v]) => n + v, 0) }) : name;
    if (points.length === 0) {
      lines.push(`    - listitem: ${head}`);
      continue;
    }
    lines.push('    - listitem:', `      - text: ${head}`, '      - list:', ...points.map((p) => `        - listitem: ${p}`));
  }
  return unquoted(lines.join('\n'));
}

interface ChartSection {
  section: number;
  chart: string;
  title: Titles;
  states: StepState[];
}

const chartSectionsOf = (page: Page): Promise<ChartSection[]> =>
  page.$$eval('scrolly-section', (sections) =>
    sections.flatMap((s, section) => {
      const figure = s.querySelector('chart-figure');
      if (!figure) return [];
      return [
        {
          section,
          chart: figure.getAttribute('data-chart-id')!,
          title: JSON.parse(figure.querySelector('script[type="application/json"]')!.textContent!) as Titles,
          states: [...s.querySelectorAll('.step')].map((step) => JSON.parse(step.getAttribute('data-state') ?? '{}') as StepState),
        },
      ];
    }),
  );

const outline = (page: Page, section: number) => page.locator('scrolly-section').nth(section).locator('chart-figure [role="group"]');

/** Waits until the section's chart has drawn step `index` (canvas data-state), then reads its chart as text. */
async function outlineAt(page: Page, section: number, index: number): Promise<string> {
  await page.waitForFunction(
    ([s, i]) => document.querySelectorAll('scrolly-section')[s]!.querySelector('canvas')?.getAttribute('data-state') === String(i),
    [section, index] as const,
    { timeout: SLOW_MS },
  );
  return unquoted(await outline(page, section).ariaSnapshot());
}

describe.skipIf(SKIP_BROWSER)('the chart as text', { concurrent: true }, () => {
  const env = useSiteAndBrowser();

  describe.each(STORIES)('$path', ({ path, locale }) => {
    it('follows every step of every chart: summary, series, points', async ({ expect }) => {
      const context = await newContext(env.browser, VIEWPORTS[0]!, locale === 'en' ? { locale: 'en-GB' } : {});
      try {
        const page = await context.newPage();
        await load(page, env.site.page(path));
        const sections = await chartSectionsOf(page);
        expect(sections.length, `no chart section on ${path}`).toBeGreaterThan(0);
        const wrong: string[] = [];
        for (const { section, chart, title, states } of sections) {
          for (const [i, state] of states.entries()) {
            await page.evaluate(
              ([s, i]) => document.querySelectorAll('scrolly-section')[s]!.querySelectorAll('.step')[i]!.scrollIntoView({ block: 'center', behavior: 'instant' }),
              [section, i] as const,
            );
            await settle(page);
            const seen = await outlineAt(page, section, i);
            const want = expectedSnapshot(chart, locale, title, state, { n: i + 1, total: states.length });
            if (seen !== want) wrong.push(`${chart} step ${i + 1}:\n--- expected\n${want}\n--- in the accessibility tree\n${seen}`);
          }
        }
        expect(wrong, wrong.join('\n\n')).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it("opened at a step's link, shows that step", async ({ expect }) => {
      const context = await newContext(env.browser, VIEWPORTS[1]!);
      try {
        const page = await context.newPage();
        await load(page, env.site.page(path));
        const { section, chart, title, states } = (await chartSectionsOf(page))[0]!;
        const last = states.length - 1;
        const id = await page.locator('scrolly-section').nth(section).locator('.step').nth(last).getAttribute('id');
        const fresh = await context.newPage();
        await fresh.goto(`${env.site.page(path)}#${id}`, { waitUntil: 'load' });
        await settle(fresh);
        expect(await outlineAt(fresh, section, last)).toBe(expectedSnapshot(chart, locale, title, states[last]!, { n: last + 1, total: states.length }));
      } finally {
        await context.close();
      }
    });

    it("without JavaScript, holds each chart's first state", async ({ expect }) => {
      const context = await newContext(env.browser, VIEWPORTS[0]!, { javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await load(page, env.site.page(path));
        const figures = await page.$$eval('chart-figure', (els) =>
          els.map((f) => {
            const payload = JSON.parse(f.querySelector('script[type="application/json"]')!.textContent!) as { title: string; titles?: Record<string, string>; initial: StepState };
            return { chart: f.getAttribute('data-chart-id')!, title: { title: payload.title, titles: payload.titles }, initial: payload.initial };
          }),
        );
        for (const [i, f] of figures.entries()) {
          expect(unquoted(await page.locator('chart-figure').nth(i).locator('[role="group"]').ariaSnapshot()), f.chart).toBe(expectedSnapshot(f.chart, locale, f.title, f.initial));
        }
      } finally {
        await context.close();
      }
    });
  });
});
