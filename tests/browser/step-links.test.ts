/**
 * Links to any step, in headless Chromium: every step of the stories (both
 * editions) has an id, unique on its page; opening the page at that id shows
 * the step active (aria-current="step") with its chart state drawn (canvas or
 * diagram data-state = the step's index), at 1280x800 and 390x844; following
 * a link in a sentence does the same; back and forward show each step again.
 *
 * Run: npx vitest run tests/browser/step-links.test.ts   (needs Chromium; see harness.ts)
 */
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { PAGES, SKIP_BROWSER, SLOW_MS, VIEWPORTS, load, settle, newContext, trackProblems, useSiteAndBrowser } from './harness.ts';

const STORIES = [PAGES.story, 'en/yang-song-meta-hiring-wave/', 'reorganisasi-agustus-2025/'];

interface StepId {
  id: string;
  section: number;
  index: number;
}

const stepIdsOf = (page: Page) =>
  page.$$eval('scrolly-section', (sections) =>
    sections.flatMap((s, section) => [...s.querySelectorAll('.step')].map((step, index) => ({ id: step.id, section, index }))),
  );

/** Waits (on animation frames) until step `index` of section `section` is the one aria-current step there and its state is drawn. */
async function waitForStep(page: Page, { section, index }: Pick<StepId, 'section' | 'index'>, timeout = SLOW_MS): Promise<string> {
  const state = ([section, index]: readonly [number, number]) => {
    const s = document.querySelectorAll('scrolly-section')[section]!;
    const steps = [...s.querySelectorAll('.step')];
    const current = steps.map((el, i) => (el.getAttribute('aria-current') === 'step' ? i : -1)).filter((i) => i >= 0);
    const drawn = (s.querySelector('canvas') ?? s.querySelector('[data-diagram]'))?.getAttribute('data-state') ?? null;
    return { ok: current.length === 1 && current[0] === index && drawn === String(index), current, drawn };
  };
  const args = [section, index] as const;
  const ok = await page
    // A function, not a string: a string predicate is evaluated with eval in the page, which the site's CSP refuses.
    .waitForFunction(
      ([section, index]) => {
        const s = document.querySelectorAll('scrolly-section')[section]!;
        const steps = [...s.querySelectorAll('.step')];
        const current = steps.map((el, i) => (el.getAttribute('aria-current') === 'step' ? i : -1)).filter((i) => i >= 0);
        const drawn = (s.querySelector('canvas') ?? s.querySelector('[data-diagram]'))?.getAttribute('data-state') ?? null;
        return current.length === 1 && current[0] === index && drawn === String(index);
      },
      args,
      { timeout, polling: 'raf' },
    )
    .then(() => true)
    .catch(() => false);
  if (ok) return 'ok';
  const seen = await page.evaluate(state, args);
  return `aria-current on [${seen.current.join(', ')}], data-state=${seen.drawn ?? '(none)'}`;
}

/** Runs `task` on every item, `limit` at a time (pages of one browser wait on frames and timers more than on the CPU). */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

// The tests open pages of their own in the file's browser: they run side by side (maxConcurrency at a time).
describe.skipIf(SKIP_BROWSER)('links to any step', { concurrent: true }, () => {
  const env = useSiteAndBrowser();

  describe.each(STORIES)('%s', (story) => {
    it('gives every step an id, unique on the page', async ({ expect }) => {
      const context = await newContext(env.browser, VIEWPORTS[0]!);
      try {
        const page = await context.newPage();
        await load(page, env.site.page(story));
        const ids = await stepIdsOf(page);
        expect(ids.length).toBeGreaterThan(0);
        expect(ids.filter((s) => !/^[a-z0-9][a-z0-9-]*$/.test(s.id)), 'steps without a usable id').toEqual([]);
        const all = await page.$$eval('[id]', (els) => els.map((e) => e.id));
        const dup = ids.filter((s) => all.filter((id) => id === s.id).length > 1).map((s) => s.id);
        expect(dup, 'step ids another element on the page also has').toEqual([]);
      } finally {
        await context.close();
      }
    });

    it.for(VIEWPORTS)('opens at each step id with that step active and drawn, at $width px', { timeout: 180_000 }, async (viewport, { expect }) => {
      const context = await newContext(env.browser, viewport);
      try {
        const page = await context.newPage();
        await load(page, env.site.page(story));
        const ids = await stepIdsOf(page);
        // Every step of the first story on a desktop; elsewhere the last step of each section (the far end of its scroll).
        const chosen = viewport.width > 900 && story === PAGES.story ? ids : ids.filter((s, i) => ids[i + 1]?.section !== s.section);
        const wrong: string[] = [];
        await eachLimited(chosen, 3, async (step) => {
          const fresh = await context.newPage();
          const problems = await trackProblems(fresh, env.site.origin);
          // 'load', not a quiet network: the step must show without waiting for anything else.
          await fresh.goto(`${env.site.page(story)}#${step.id}`, { waitUntil: 'load' });
          await settle(fresh);
          const seen = await waitForStep(fresh, step);
          if (seen !== 'ok') wrong.push(`#${step.id} (section ${step.section}, step ${step.index}): ${seen}`);
          const visible = await fresh.$eval(`[id="${step.id}"] .step-card`, (card) => {
            const r = card.getBoundingClientRect();
            return r.bottom > 0 && r.top < window.innerHeight;
          });
          if (!visible) wrong.push(`#${step.id}: its text is not on the screen`);
          if (problems.pageErrors.length) wrong.push(`#${step.id}: ${problems.pageErrors.join('; ')}`);
          await fresh.close();
        });
        expect(wrong.sort(), wrong.join('\n')).toEqual([]);
      } finally {
        await context.close();
      }
      // A page load per step (23 on the first story at desktop width), three at a time.
    });
  });

  it.for(VIEWPORTS)('follows a link in a sentence to a step (smooth scrolling, as a reader with motion gets), and back and forward show each step again, at $width px', async (viewport, { expect }) => {
    const context = await newContext(env.browser, viewport, { reducedMotion: 'no-preference' });
    try {
      const page = await context.newPage();
      await load(page, env.site.page(PAGES.story));
      const ids = await stepIdsOf(page);
      const target = ids.find((s) => s.id === 'langkah-hiring-wave-6')!;
      expect(target, 'the story links a sentence to #langkah-hiring-wave-6').toBeTruthy();
      const link = page.locator('.step a[href="#langkah-hiring-wave-6"]');
      await link.scrollIntoViewIfNeeded();
      await settle(page);
      const from = await link.evaluate((a) => {
        const step = a.closest('.step')!;
        const section = step.closest('scrolly-section')!;
        return { section: [...document.querySelectorAll('scrolly-section')].indexOf(section), index: [...section.querySelectorAll('.step')].indexOf(step) };
      });
      await waitForStep(page, from);
      await link.click();
      await settle(page);
      expect(await waitForStep(page, target), 'after following the link').toBe('ok');
      expect(await page.evaluate(() => document.activeElement?.id), 'focus moves to the linked step').toBe('langkah-hiring-wave-6');

      // Two more steps reached by links, then back twice and forward once.
      const second = ids.find((s) => s.id === 'langkah-hiring-wave-2')!;
      await page.evaluate(() => (location.hash = '#langkah-hiring-wave-2'));
      expect(await waitForStep(page, second), 'after a link to step 2').toBe('ok');
      await page.goBack();
      await settle(page);
      expect(await waitForStep(page, target), 'back to step 6').toBe('ok');
      expect(new URL(page.url()).hash).toBe('#langkah-hiring-wave-6');
      await page.goBack();
      await settle(page);
      expect(new URL(page.url()).hash).toBe('');
      expect(await waitForStep(page, from), 'back to the sentence with the link: its step is active again').toBe('ok');
      const linkOnScreen = await link.evaluate((a) => {
        const r = a.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      });
      expect(linkOnScreen, 'back returns to the link').toBe(true);
      await page.goForward();
      await settle(page);
      expect(await waitForStep(page, target), 'forward to step 6 again').toBe('ok');
    } finally {
      await context.close();
    }
  });
});
