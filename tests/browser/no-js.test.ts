/**
 * The story page without JavaScript (javaScriptEnabled: false), at 1280x800
 * and 390x844: every .step is visible (non-zero box, not hidden, effective
 * opacity > 0) and every chart figure carries its data as a table with rows
 * (a scrolly-section may hold an HTML diagram, [data-diagram], instead);
 * opened ("Lihat data"), each table is part of the page: no step card lies
 * over it and the page gets no wider.
 *
 * Run: npx vitest run tests/browser/no-js.test.ts   (needs Chromium; see harness.ts)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGES, SKIP_BROWSER, VIEWPORTS, load, newContext, useSiteAndBrowser } from './harness.ts';

interface StepVisibility {
  where: string;
  width: number;
  height: number;
  visible: boolean;
  display: string;
  visibility: string;
  opacity: number;
}

async function stepVisibility(page: Page): Promise<StepVisibility[]> {
  const steps = page.locator('.step');
  const out: StepVisibility[] = [];
  for (let i = 0; i < (await steps.count()); i++) {
    const step = steps.nth(i);
    await step.scrollIntoViewIfNeeded().catch(() => {});
    const box = await step.boundingBox();
    const visible = await step.isVisible();
    const style = await step.evaluate((el) => {
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      // the text the reader sees is in the step's children: take the most transparent one
      let childOpacity = 1;
      for (const child of el.querySelectorAll('*')) {
        if (!child.textContent?.trim()) continue;
        let o = 1;
        for (let e: Element | null = child; e && e !== el; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
        childOpacity = Math.min(childOpacity, o);
      }
      const cs = getComputedStyle(el);
      const section = el.closest('scrolly-section');
      const index = [...(section ?? document).querySelectorAll('.step')].indexOf(el);
      return {
        where: `${section?.getAttribute('data-chart') ?? '(outside scrolly-section)'} step ${index}: "${(el.textContent ?? '').trim().slice(0, 50)}…"`,
        display: cs.display,
        visibility: cs.visibility,
        opacity: opacity * childOpacity,
      };
    });
    out.push({ ...style, width: box?.width ?? 0, height: box?.height ?? 0, visible });
  }
  return out;
}

describe.skipIf(SKIP_BROWSER)('story page without JavaScript', () => {
  // The served site and the browser, for every test in this block.
  const env = useSiteAndBrowser();

  describe.each(VIEWPORTS)('at $width px', (viewport) => {
    const w = viewport.width;
    let steps: StepVisibility[] = [];
    let figures: { chart: string; tables: number; rows: number; inSection: boolean; pictureHeight: number; pictureWaits: boolean }[] = [];
    let sectionCount = 0;
    /** Opened tables that a step card lies over, or that make the page wider than the window. */
    let openedWrong: string[] = [];
    /** scrolly-sections with neither a chart figure nor an HTML diagram. */
    let bareSections: string[] = [];

    beforeAll(async () => {
      const context = await newContext(env.browser, viewport, { javaScriptEnabled: false });
      const page = await context.newPage();
      await load(page, env.site.page(PAGES.story));
      sectionCount = await page.locator('scrolly-section').count();
      bareSections = await page.$$eval('scrolly-section', (els) =>
        els.filter((s) => !s.querySelector('.chart-figure[data-chart-id], [data-diagram]')).map((s) => s.getAttribute('data-chart') ?? '?'),
      );
      steps = await stepVisibility(page);
      figures = await page.$$eval('.chart-figure[data-chart-id]', (els) =>
        els.map((f) => ({
          chart: f.getAttribute('data-chart-id') ?? '?',
          tables: f.querySelectorAll('table').length,
          rows: f.querySelectorAll('table tbody tr').length,
          inSection: !!f.closest('scrolly-section'),
          pictureHeight: f.querySelector('.chart-box > picture')?.getBoundingClientRect().height ?? 0,
          // The 5 s wait scrolly.css gives the chart module before it shows the picture (an animation, in effect until then and after).
          pictureWaits: (f.querySelector('.chart-box > picture')?.getAnimations().length ?? 0) > 0,
        })),
      );
      // Every table opened, as a reader taps "Lihat data" under each chart.
      for (const summary of await page.locator('.chart-figure[data-chart-id] details.chart-data > summary').all()) await summary.click();
      openedWrong = await page.$$eval('.chart-figure[data-chart-id] details.chart-data', (tables) => {
        const cards = [...document.querySelectorAll('.step-card')].map((c) => c.getBoundingClientRect());
        const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const wrong = tables
          .filter((t) => cards.some((c) => overlaps(t.getBoundingClientRect(), c)))
          .map((t) => `${t.closest('[data-chart-id]')!.getAttribute('data-chart-id')}: a step card lies over the opened table`);
        if (document.documentElement.scrollWidth > window.innerWidth) wrong.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${window.innerWidth} px window`);
        return wrong;
      });
      await context.close();
    });

    it(`opens every chart's table in the page, under no step card, without JavaScript at ${w}px`, () => {
      expect(figures.length).toBeGreaterThan(0);
      expect(openedWrong).toEqual([]);
    });

    it(`shows every step without JavaScript at ${w}px`, () => {
      expect(sectionCount, 'no <scrolly-section> on the story page').toBeGreaterThan(0);
      expect(steps.length, 'no .step on the story page').toBeGreaterThan(0);
      const hidden = steps.filter((s) => !s.visible || s.width === 0 || s.height === 0 || s.visibility !== 'visible' || s.opacity <= 0);
      expect(
        hidden.length,
        `steps not visible without JavaScript at ${w}px:\n${hidden
          .map((s) => `  ${s.where} box ${s.width}x${s.height}, display ${s.display}, visibility ${s.visibility}, opacity ${s.opacity}`)
          .join('\n')}`,
      ).toBe(0);
    });

    it(`has a data table with rows in every chart figure without JavaScript at ${w}px`, () => {
      expect(sectionCount, 'no <scrolly-section> on the story page').toBeGreaterThan(0);
      expect(figures.filter((f) => f.inSection).length, 'no .chart-figure[data-chart-id] inside a scrolly-section').toBeGreaterThan(0);
      expect(bareSections, 'scrolly-sections with neither a .chart-figure[data-chart-id] nor a [data-diagram]').toEqual([]);
      const empty = figures.filter((f) => f.tables === 0 || f.rows === 0);
      expect(empty, `figures without a table or without rows: ${JSON.stringify(empty)}`).toEqual([]);
    });

    it(`shows every chart's picture at once without JavaScript at ${w}px`, () => {
      expect(figures.length).toBeGreaterThan(0);
      const late = figures.filter((f) => f.pictureWaits || f.pictureHeight < 100).map((f) => `${f.chart}: ${Math.round(f.pictureHeight)} px high${f.pictureWaits ? ', waiting for the chart module' : ''}`);
      expect(late, 'chart pictures hidden or waiting without JavaScript').toEqual([]);
    });
  });
});
