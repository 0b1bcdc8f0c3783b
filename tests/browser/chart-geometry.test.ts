/**
 * Chart geometry in Chromium, read from Chart.js itself (the figure's drawn
 * chart: scales, element positions, the label boxes its plugins keep as
 * $labels), at every step of both stories in both editions:
 *
 * - labels (step marks, unit chart headings and notes) stay inside the plot
 *   area and never overlap each other, at 390 and 1280 px;
 * - the value axis holds still: its top is the same at every step of a view
 *   unless a step sets `max`;
 * - on phones (390x844, 360x740), at the point a step turns active, what it
 *   highlights (lit bars or marks, lit diagram parts) is on screen and not
 *   under a step card: elementFromPoint at each one's centre is the canvas
 *   (or the diagram part), not a card.
 *
 * Run: npx vitest run tests/browser/chart-geometry.test.ts
 */
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SKIP_BROWSER, SLOW_MS, load, settle, newContext, useSiteAndBrowser } from './harness.ts';

const STORIES = ['meta-rekrut-yang-song/', 'reorganisasi-agustus-2025/', 'en/yang-song-meta-hiring-wave/'];

interface StepGeometry {
  where: string;
  chart: string;
  view: string;
  yMax: number | null;
  stepMax: boolean;
  problems: string[];
}

/** Scrolls step `i` of section `s` to the point it turns active (its card just past the trigger line) and reads the geometry. */
async function stepGeometry(page: Page, s: number, i: number, story: string): Promise<StepGeometry> {
  await page.evaluate(
    ([s, i]) => {
      const step = document.querySelectorAll('scrolly-section')[s]!.querySelectorAll<HTMLElement>('.step')[i]!;
      const wide = matchMedia('(min-width: 900px)').matches;
      const card = step.querySelector<HTMLElement>('.step-card')!;
      const top = card.getBoundingClientRect().top + scrollY;
      // Phones: the card's top 2 px below the line at 68% (scrolly-section.ts); wide screens: the card's middle at 50%.
      scrollTo({ top: wide ? top + card.offsetHeight / 2 - innerHeight * 0.5 : top - innerHeight * 0.68 + 2, behavior: 'instant' });
    },
    [s, i] as const,
  );
  await settle(page);
  // The step is active and drawn (data-state), and any animation has finished (reduced motion: none).
  await page.waitForFunction(
    ([s, i]) => {
      const section = document.querySelectorAll('scrolly-section')[s]!;
      const step = section.querySelectorAll('.step')[i]!;
      const state = (section.querySelector('canvas') ?? section.querySelector('[data-diagram]'))?.getAttribute('data-state');
      return step.getAttribute('aria-current') === 'step' && state === String(i);
    },
    [s, i] as const,
    { timeout: SLOW_MS },
  );
  await page.waitForTimeout(80);
  return page.evaluate(
    ([s, i, story]) => {
      type Box = { x: number; y: number; w: number; h: number; text?: string };
      const section = document.querySelectorAll('scrolly-section')[s]!;
      const step = section.querySelectorAll<HTMLElement>('.step')[i]!;
      const state = JSON.parse(step.dataset['state'] ?? '{}') as { view?: string; max?: number; highlight?: string[] };
      const where = `${story} section ${s} (${section.getAttribute('data-chart')}) step ${i}`;
      const problems: string[] = [];
      const hit = (x: number, y: number, target: Element) => {
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return 'off screen';
        const top = document.elementFromPoint(x, y);
        if (top && (top === target || target.contains(top))) return null;
        return `covered by ${top?.closest('.step-card') ? 'a step card' : (top?.tagName ?? 'nothing')}`;
      };
      const figure = section.querySelector('chart-figure') as (HTMLElement & { drawn: any }) | null;
      const narrow = !matchMedia('(min-width: 900px)').matches;
      if (!figure) {
        // A diagram: each lit part on screen and not under a card.
        for (const node of section.querySelectorAll<HTMLElement>('[data-node].is-lit')) {
          const r = node.getBoundingClientRect();
          const why = hit(r.left + r.width / 2, r.top + Math.min(r.height / 2, 12), node);
          if (why && narrow) problems.push(`${where}: lit "${node.dataset['node']}" is ${why}`);
        }
        return { where, chart: 'diagram', view: '', yMax: null, stepMax: false, problems };
      }
      const chart = figure.drawn;
      const canvas = figure.querySelector('canvas')!;
      const c = canvas.getBoundingClientRect();
      const area = chart.chartArea as { left: number; top: number; right: number; bottom: number };
      // Labels inside the plot area, clear of each other.
      const labels = (chart.$labels ?? []) as Box[];
      labels.forEach((a, k) => {
        if (a.x < area.left - 0.5 || a.y < area.top - 0.5 || a.x + a.w > area.right + 0.5 || a.y + a.h > area.bottom + 0.5) problems.push(`${where}: label "${a.text}" leaves the plot area`);
        labels.slice(k + 1).forEach((b) => {
          if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) problems.push(`${where}: labels "${a.text}" and "${b.text}" overlap`);
        });
      });
      // What the step lights: elements drawn at full border alpha (dimmed ones are at 0.3), with a size.
      if (narrow && state.highlight?.length) {
        let lit = 0;
        chart.data.datasets.forEach((ds: { borderColor: string[] }, d: number) => {
          chart.getDatasetMeta(d).data.forEach((el: any, k: number) => {
            if (!/, 1\)$/.test(ds.borderColor[k] ?? '')) return;
            const props = el.getProps(['x', 'y', 'base', 'width', 'height'], true);
            const horizontal = chart.options.indexAxis === 'y';
            const size = Math.abs(horizontal ? props.x - props.base : props.y - props.base);
            if (!(size > 0.5)) return;
            lit++;
            const cx = c.left + (horizontal ? (props.x + props.base) / 2 : props.x);
            const cy = c.top + (horizontal ? props.y : (props.y + props.base) / 2);
            const why = hit(cx, cy, canvas);
            if (why) problems.push(`${where}: highlighted "${chart.data.labels?.[(ds as any).data[k]?.i ?? k] ?? (ds as any).data[k]?.i}" (${(ds as any).label}) is ${why}`);
          });
        });
        if (lit === 0) problems.push(`${where}: highlights ${state.highlight.join(',')} but nothing is drawn lit`);
      }
      // On phones the whole canvas is on screen and no card lies over it.
      if (narrow) {
        if (c.top < -0.5 || c.bottom > innerHeight + 0.5) problems.push(`${where}: the chart is not wholly on screen (${Math.round(c.top)}–${Math.round(c.bottom)})`);
        for (const card of document.querySelectorAll('.step-card')) {
          const r = card.getBoundingClientRect();
          if (r.bottom > c.top + 1 && r.top < c.bottom - 1 && r.right > c.left && r.left < c.right) problems.push(`${where}: a step card (${Math.round(r.top)}–${Math.round(r.bottom)}) lies over the chart (${Math.round(c.top)}–${Math.round(c.bottom)})`);
        }
      }
      const y = chart.scales[chart.options.indexAxis === 'y' ? 'x' : 'y'];
      return { where, chart: section.getAttribute('data-chart') ?? '', view: state.view ?? '', yMax: chart.config.type === 'bar' ? y.max : null, stepMax: state.max !== undefined, problems };
    },
    [s, i, story] as const,
  );
}

async function walk(page: Page, story: string): Promise<StepGeometry[]> {
  const counts = await page.$$eval('scrolly-section', (all) => all.map((x) => x.querySelectorAll('.step').length));
  const out: StepGeometry[] = [];
  for (const [s, n] of counts.entries()) for (let i = 0; i < n; i++) out.push(await stepGeometry(page, s, i, story));
  return out;
}

describe.skipIf(SKIP_BROWSER)('chart geometry at every step', { concurrent: true }, () => {
  const env = useSiteAndBrowser();

  describe.each([
    { width: 390, height: 844 },
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ])('at $width x $height', (viewport) => {
    it.for(STORIES)('%s: labels inside the plot and apart, highlights visible on phones, axes still', async (story, { expect }) => {
      const context = await newContext(env.browser, viewport, { reducedMotion: 'reduce' });
      const page = await context.newPage();
      await load(page, env.site.page(story));
      const steps = await walk(page, story);
      await context.close();
      const problems = steps.flatMap((g) => g.problems);
      // Bars grow into a scale that holds still: one top per chart view, unless a step sets max.
      const tops = new Map<string, Set<number>>();
      for (const g of steps.filter((g) => g.yMax !== null && !g.stepMax)) {
        const key = `${g.chart}/${g.view || 'first'}`;
        tops.set(key, (tops.get(key) ?? new Set()).add(g.yMax!));
      }
      for (const [key, set] of tops) if (set.size > 1) problems.push(`${story} ${key}: the value axis top changes across steps (${[...set].join(', ')})`);
      expect(steps.length).toBeGreaterThan(0);
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });
});
