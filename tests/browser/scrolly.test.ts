/**
 * Scrollytelling in a real browser (headless Chromium), at 1280x800 and 390x844:
 * every step of every <scrolly-section> on the story page, scrolled to the
 * centre of the viewport, becomes aria-current="step" and its state is drawn
 * (canvas data-state = step index); the canvas's aria-label follows the steps.
 *
 * Run: npx vitest run tests/browser/scrolly.test.ts   (needs Chromium; see harness.ts)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PAGES,
  SKIP_BROWSER,
  VIEWPORTS,
  describeObservations,
  load,
  newContext,
  sectionsOf,
  walkSteps,
  type SectionInfo,
  type StepObservation,
  useSiteAndBrowser,
} from './harness.ts';

describe.skipIf(SKIP_BROWSER)('story page scrollytelling', () => {
  // The served site and the browser, for every test in this block.
  const env = useSiteAndBrowser();

  describe.each(VIEWPORTS)('at $width px', (viewport) => {
    const w = viewport.width;
    let sections: SectionInfo[] = [];
    let seen: StepObservation[] = [];

    beforeAll(async () => {
      const context = await newContext(env.browser, viewport, { reducedMotion: 'no-preference' });
      const page = await context.newPage();
      await load(page, env.site.page(PAGES.story));
      sections = await sectionsOf(page);
      seen = await walkSteps(page);
      await context.close();
    });

    it(`has scrolly-sections with steps and a chart canvas (or an HTML diagram) at ${w}px`, () => {
      expect(sections.length, 'no <scrolly-section> on the story page').toBeGreaterThan(0);
      expect(sections.filter((s) => s.kind === 'chart').length, 'no scrolly-section with a chart <canvas>').toBeGreaterThan(0);
      const broken = sections.filter((s) => s.steps === 0 || s.kind === 'none');
      expect(broken, `sections without .step or without <canvas>/[data-diagram]: ${JSON.stringify(broken)}`).toEqual([]);
    });

    it(`moves aria-current to each step at ${w}px`, () => {
      expect(seen.length).toBeGreaterThan(0);
      const wrong = seen.filter((o) => !(o.current.length === 1 && o.current[0] === String(o.step)));
      expect(
        wrong.length,
        `steps scrolled to the activation line of a ${w}px viewport without being the one aria-current="step" step:\n${describeObservations(wrong)}`,
      ).toBe(0);
    });

    it(`draws each step's state on the canvas (data-state = step index) at ${w}px`, () => {
      expect(seen.length).toBeGreaterThan(0);
      const wrong = seen.filter((o) => o.canvasState !== String(o.step));
      expect(
        wrong.length,
        `canvas (or diagram) data-state did not reach the step's index within 5 s of the step reaching the activation line:\n${describeObservations(wrong)}`,
      ).toBe(0);
    });

    it(`changes the canvas aria-label between first and last step at ${w}px`, () => {
      const charts = sections.filter((s) => s.kind === 'chart');
      expect(charts.length, 'no scrolly-section with a chart <canvas>').toBeGreaterThan(0);
      const problems: string[] = [];
      for (const [s, section] of sections.entries()) {
        if (section.kind !== 'chart') continue;
        const steps = seen.filter((o) => o.section === s);
        const first = steps[0];
        const last = steps.at(-1);
        if (!first || !last) continue;
        if (!first.ariaLabel?.trim()) problems.push(`${section.chart}: canvas has no aria-label at step 0`);
        if (section.steps > 1 && first.ariaLabel === last.ariaLabel) {
          problems.push(`${section.chart}: aria-label is the same at step 0 and step ${last.step}: "${first.ariaLabel}"`);
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });
});
