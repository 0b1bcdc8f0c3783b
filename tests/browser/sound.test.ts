/**
 * Hearing a chart's shape, in headless Chromium at 1280x800, keyboard only:
 * no sound (no AudioContext) until a reader asks; the sound button shows on
 * every chart; Enter on it plays each bar's total as one note per bar, S on
 * the focused chart plays the series the reader is on; the live region says
 * what plays. Notes are read from an instrumented Web Audio API.
 *
 * Run: npx vitest run tests/browser/sound.test.ts   (needs Chromium; see harness.ts)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANNOUNCE_AFTER_MS } from '../../src/specs/announce.ts';
import { soundValues, tones } from '../../src/specs/explore.ts';
import { charts } from '../../src/specs/registry.ts';
import { pickView } from '../../src/specs/to-chartjs.ts';
import type { StepState } from '../../src/specs/types.ts';
import { exploreUi, te } from '../../src/i18n/explore.ts';
import { readDataset } from '../../src/site/read-dataset.ts';
import { PAGES, SKIP_BROWSER, SLOW_MS, VIEWPORTS, load, newContext, settle, useSiteAndBrowser } from './harness.ts';

declare global {
  interface Window {
    __audio: { contexts: number; notes: number[] };
  }
}

async function instrumentAudio(page: Page) {
  await page.addInitScript(() => {
    window.__audio = { contexts: 0, notes: [] };
    const Real = window.AudioContext;
    window.AudioContext = class extends Real {
      constructor(options?: AudioContextOptions) {
        super(options);
        window.__audio.contexts++;
      }
    };
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      window.__audio.notes.push(this.frequency.value);
      return start.call(this, when);
    };
  });
}

const audio = (page: Page) => page.evaluate(() => ({ contexts: window.__audio.contexts, notes: [...window.__audio.notes] }));
const close = (a: number[], b: (number | null)[]) => a.length === b.length && a.every((f, i) => Math.abs(f - b[i]!) < 0.01);

describe.skipIf(SKIP_BROWSER)('hearing the shape of a chart', () => {
  const env = useSiteAndBrowser();
  const data = readDataset(process.cwd());

  it('plays nothing until asked, then the bar totals from the button and the series from S', async () => {
    const context = await newContext(env.browser, VIEWPORTS[0]!);
    try {
      const page = await context.newPage();
      await instrumentAudio(page);
      await load(page, env.site.page(PAGES.story));
      const buttons = page.locator('chart-figure [data-chart-sound]');
      const charts_ = await page.locator('chart-figure').count();
      expect(await buttons.count()).toBe(charts_);
      for (let i = 0; i < charts_; i++) expect(await buttons.nth(i).isVisible(), `sound button of chart ${i}`).toBe(true);
      expect(await buttons.first().textContent()).toBe(exploreUi.id.sound);
      expect((await audio(page)).contexts, 'an AudioContext before any sound was asked for').toBe(0);

      // Keyboard only: Tab to the first chart's sound button, Enter.
      for (let n = 0; n < 300; n++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.hasAttribute('data-chart-sound'))) break;
      }
      expect(await page.evaluate(() => document.activeElement?.closest('chart-figure')?.getAttribute('data-chart-id'))).toBe('hiring-wave');
      await settle(page);
      const state = JSON.parse((await page.locator('scrolly-section').first().locator('.step[aria-current="step"]').getAttribute('data-state')) ?? '{}') as StepState;
      const view = pickView(charts['hiring-wave'](data, 'id').views, state);
      await page.keyboard.press('Enter');
      const totals = soundValues(view, state, null);
      await expect.poll(async () => (await audio(page)).notes.length).toBe(totals.values.filter((v) => v !== null).length);
      expect(close((await audio(page)).notes, tones(totals.values).filter((f) => f !== null)), 'notes of the bar totals').toBe(true);
      const region = page.locator('chart-figure').first().locator('[data-chart-status]');
      expect(await region.textContent()).toBe(te('id', 'playing', { series: exploreUi.id.totals, n: totals.values.length }));

      // On the chart: Right, Down (the second series), S.
      await page.locator('chart-figure').first().locator('canvas').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      const before = (await audio(page)).notes.length;
      await page.keyboard.press('s');
      const series = soundValues(view, state, { category: 0, series: 1 });
      await expect.poll(async () => (await audio(page)).notes.length - before).toBe(series.values.filter((v) => v !== null).length);
      expect(close((await audio(page)).notes.slice(before), tones(series.values).filter((f) => f !== null)), 'notes of the second series').toBe(true);
      expect(await region.textContent()).toBe(te('id', 'playing', { series: series.series!, n: series.values.length }));
      expect((await audio(page)).contexts, 'one AudioContext for the page').toBe(1);

      // Back on the sound button, Enter, then the next step turns on: its announcement waits while the
      // sound sentence is being read and focus stays on the chart's control, and comes once focus leaves.
      const section = page.locator('scrolly-section').first();
      expect(await section.locator('.step').nth(1).getAttribute('aria-current'), 'the second step before it is scrolled to').not.toBe('step');
      await buttons.first().focus();
      await page.keyboard.press('Enter');
      const playing = te('id', 'playing', { series: exploreUi.id.totals, n: totals.values.length });
      await expect.poll(() => region.textContent(), { timeout: SLOW_MS }).toBe(playing);
      await section.locator('.step').nth(1).evaluate((step) => step.scrollIntoView({ block: 'center' }));
      await expect.poll(() => section.locator('.step').nth(1).getAttribute('aria-current'), { timeout: SLOW_MS }).toBe('step');
      await page.waitForTimeout(ANNOUNCE_AFTER_MS + 300);
      expect(await region.textContent(), 'the sound sentence, after the next step was due to be announced').toBe(playing);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await expect.poll(() => region.textContent(), { timeout: SLOW_MS, message: 'the held step, told once focus left the chart' }).toMatch(/^Langkah 2 dari \d+: /);
    } finally {
      await context.close();
    }
  });
});
