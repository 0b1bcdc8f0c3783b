/**
 * axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on the index and the story
 * pages of both editions, at 1280x800 and 390x844, in headless Chromium. A story page is
 * checked after every step has been scrolled through (charts drawn, steps
 * marked by script) and scrolled back to the top. Violations print as
 * rule, impact, help URL and the failing elements with axe's summary.
 *
 * Run: npx vitest run tests/browser/a11y.test.ts   (needs Chromium; see harness.ts)
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, it } from 'vitest';
import { PAGES, SKIP_BROWSER, VIEWPORTS, load, newContext, settle, walkSteps, useSiteAndBrowser } from './harness.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

function formatViolations(violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => {
          const summary = (n.failureSummary ?? '').split('\n').map((l) => `        ${l}`).join('\n');
          return `    - ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n${summary}`;
        })
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `[${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

const pages = [
  { name: 'index', path: PAGES.index, scroll: false },
  { name: 'story page', path: PAGES.story, scroll: true },
  { name: 'second story page', path: 'reorganisasi-agustus-2025/', scroll: true },
  { name: 'English story page', path: 'en/yang-song-meta-hiring-wave/', scroll: true },
] as const;

// The tests open pages of their own in the file's browser: they run side by side (maxConcurrency at a time).
describe.skipIf(SKIP_BROWSER)('accessibility (axe-core)', { concurrent: true }, () => {
  // The served site and the browser, for every test in this block.
  const env = useSiteAndBrowser();

  for (const viewport of VIEWPORTS) {
    for (const { name, path, scroll } of pages) {
      it(`has no WCAG 2.2 AA axe violations on the ${name} at ${viewport.width}px`, async ({ expect }) => {
        const context = await newContext(env.browser, viewport);
        try {
          const page = await context.newPage();
          await load(page, env.site.page(path));
          if (scroll) {
            await walkSteps(page, 3000);
            await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
            await settle(page);
          }
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          expect(results.violations.length, `axe found violations on ${env.site.page(path)} at ${viewport.width}px:\n\n${formatViolations(results.violations)}\n`).toBe(0);
        } finally {
          await context.close();
        }
      });
    }
  }
});
