/**
 * Keyboard use of the story pages of both editions, at 1280x800 and 390x844
 * (no mouse; tests/browser/explore.test.ts explores every chart): pressing Tab from
 * the top reaches every scrollytelling step (the step itself or a link in
 * it); each focused step element is scrolled into the viewport and is not
 * covered by the sticky chart (elementFromPoint at its centre is the element
 * or inside it); focusing a step makes it the aria-current="step" step and its
 * chart or diagram shows it.
 *
 * Run: npx vitest run tests/browser/keyboard.test.ts   (needs Chromium; see harness.ts)
 */
import { beforeAll, describe, it } from 'vitest';
import { PAGES, SKIP_BROWSER, VIEWPORTS, load, settle, newContext, sectionsOf, type SectionInfo, useSiteAndBrowser } from './harness.ts';

interface FocusStop {
  key: string;
  /** "chart step i" for a focus inside a step, or null. */
  step: string | null;
  element: string;
  inViewport: boolean;
  covered: boolean;
  topmost: string;
  centre: { x: number; y: number };
  current: boolean;
}

const MAX_TABS = 500;

/** Every story page: both Indonesian stories and the English edition. */
const STORIES = [PAGES.story, 'reorganisasi-agustus-2025/', 'en/yang-song-meta-hiring-wave/'];

describe.skipIf(SKIP_BROWSER)('keyboard on the story pages', { concurrent: true }, () => {
  // The served site and the browser, for every test in this block.
  const env = useSiteAndBrowser();

  describe.each(STORIES.flatMap((story) => VIEWPORTS.map((v) => ({ story, ...v }))))('$story at $width px', ({ story, ...viewport }) => {
    const w = viewport.width;
    let sections: SectionInfo[] = [];
    const stops: FocusStop[] = [];

    beforeAll(async () => {
      // With motion (smooth scrolling to the focused step, charts animating) on the first story, as most readers get it;
      // the others with reduced motion, which draws each step at once instead of animating it (less CPU for the same checks).
      const context = await newContext(env.browser, viewport, { reducedMotion: story === PAGES.story ? 'no-preference' : 'reduce' });
      try {
        const page = await context.newPage();
        await load(page, env.site.page(story));
        sections = await sectionsOf(page);
        const total = sections.reduce((n, s) => n + s.steps, 0);
        const reached = new Set<string>();
        let firstKey: string | null = null;
        for (let n = 0; n < MAX_TABS && reached.size < total; n++) {
          await page.keyboard.press('Tab');
          const inStep = await page.evaluate(() => !!document.activeElement?.closest('scrolly-section .step'));
          if (inStep) await settle(page);
          const stop = await page.evaluate(() => {
            const a = document.activeElement as HTMLElement | null;
            if (!a || a === document.body || a === document.documentElement) return null;
            const describe = (el: Element | null) =>
              el
                ? `<${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`
                : '(nothing: outside the viewport)';
            const path: string[] = [];
            for (let e: Element | null = a; e; e = e.parentElement) path.unshift(`${e.localName}:${e.parentElement ? [...e.parentElement.children].indexOf(e) : 0}`);
            const stepEl = a.closest('scrolly-section .step');
            let step: string | null = null;
            if (stepEl) {
              const section = stepEl.closest('scrolly-section')!;
              const sIndex = [...document.querySelectorAll('scrolly-section')].indexOf(section);
              step = `${sIndex}/${section.getAttribute('data-chart')} step ${[...section.querySelectorAll('.step')].indexOf(stepEl)}`;
            }
            // A link that wraps onto two lines has a bounding box whose centre lies
            // between its fragments, on the paragraph: probe its first line box.
            const r = a.getClientRects()[0] ?? a.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            const inViewport = x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight;
            const top = inViewport ? document.elementFromPoint(x, y) : null;
            return {
              key: path.join('/'),
              step,
              element: `${describe(a)} "${(a.textContent ?? '').trim().slice(0, 40)}"`,
              inViewport,
              covered: !(top && (top === a || a.contains(top))),
              topmost: describe(top),
              centre: { x: Math.round(x), y: Math.round(y) },
              current: stepEl?.getAttribute('aria-current') === 'step',
            };
          });
          if (!stop) continue;
          if (stop.key === firstKey) break; // wrapped around
          firstKey ??= stop.key;
          if (stop.step) {
            // focusing a step activates it (focusin) and its graphic shows it (the canvas or diagram's data-state); give the script a moment
            stop.current = await page
              .waitForFunction(
                () => {
                  const step = document.activeElement?.closest<HTMLElement>('scrolly-section .step');
                  const graphic = step?.closest('scrolly-section')?.querySelector('canvas, [data-diagram]');
                  return step?.getAttribute('aria-current') === 'step' && graphic?.getAttribute('data-state') === step.dataset['step'];
                },
                undefined,
                // A probe, not a wait for success: on a regression each step would cost this long.
                { timeout: 5000 },
              )
              .then(() => true)
              .catch(() => false);
            reached.add(stop.step);
          }
          stops.push(stop);
        }
      } finally {
        await context.close();
      }
    });

    it(`reaches every step with Tab at ${w}px`, ({ expect }) => {
      expect(sections.length, 'no <scrolly-section> on the story page').toBeGreaterThan(0);
      const reached = new Set(stops.filter((s) => s.step).map((s) => s.step!));
      const missing = sections.flatMap((s, i) => Array.from({ length: s.steps }, (_, k) => `${i}/${s.chart} step ${k}`)).filter((k) => !reached.has(k));
      expect(
        missing,
        `Tab (${stops.length} focus stops) never focused these steps or anything in them (make .step focusable, tabindex="0", or put a link in it):\n  ${missing.join('\n  ')}`,
      ).toEqual([]);
    });

    it(`scrolls a Tab-focused step into view, not covered by the sticky chart, at ${w}px`, ({ expect }) => {
      const inSteps = stops.filter((s) => s.step);
      expect(inSteps.length, 'Tab focused nothing inside a step').toBeGreaterThan(0);
      const bad = inSteps.filter((s) => !s.inViewport || s.covered);
      expect(
        bad.length,
        `focused step elements off-screen or under another element at their centre:\n${bad
          .map((s) => `  ${s.step}: ${s.element} centre (${s.centre.x}, ${s.centre.y}) ${s.inViewport ? `covered by ${s.topmost}` : 'outside the viewport'}`)
          .join('\n')}`,
      ).toBe(0);
    });

    it(`makes a Tab-focused step the aria-current step at ${w}px`, ({ expect }) => {
      const inSteps = stops.filter((s) => s.step);
      expect(inSteps.length, 'Tab focused nothing inside a step').toBeGreaterThan(0);
      const notCurrent = inSteps.filter((s) => !s.current);
      expect(
        notCurrent.map((s) => `${s.step}: ${s.element}`),
        'focused steps that did not become aria-current="step" with their graphic showing them (the chart shows another step than the one being read)',
      ).toEqual([]);
    });
  });
});
