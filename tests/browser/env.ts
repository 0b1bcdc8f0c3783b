/**
 * Where the browser tests find Chromium. Shared by tests/setup/global.ts (main
 * process) and harness.ts (test workers); no vitest imports. The site they load is
 * the shared root build (tests/setup/builds.ts; TEST_DIST=<folder> serves another).
 *
 * Environment:
 *   CHROME_PATH         Chromium/Chrome binary (default /usr/bin/chromium-headless-shell, else /usr/bin/chromium)
 *   CI, REQUIRE_BROWSER=1  fail instead of skipping when Chromium is missing
 *   BROWSER_TEST_STORY  story page path relative to the base (default meta-rekrut-yang-song/)
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, runnable, TEST_CHROME_PATH as CHROME_PATH } from '../../scripts/chromium.mjs';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export { CHROME_ARGS, CHROME_PATH };

const truthy = (v: string | undefined) => v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';

/** CI or REQUIRE_BROWSER=1: a missing browser is a failure, not a skip. */
export const BROWSER_REQUIRED = truthy(process.env['CI']) || process.env['REQUIRE_BROWSER'] === '1';

export const HAS_CHROMIUM = runnable(CHROME_PATH);

/** Skip the browser suites (only when Chromium is missing and it is not required). */
export const SKIP_BROWSER = !HAS_CHROMIUM && !BROWSER_REQUIRED;


/** Page paths, relative to the base. */
export const PAGES = {
  index: '',
  story: process.env['BROWSER_TEST_STORY'] ?? 'meta-rekrut-yang-song/',
};

export function missingBrowserBanner(): string {
  const line = '!'.repeat(78);
  return [
    '',
    line,
    `!!  BROWSER TESTS SKIPPED: no Chromium executable at ${CHROME_PATH}`,
    '!!  The scrollytelling, accessibility (axe), no-JS and keyboard tests did NOT run.',
    '!!  Install it:   sudo apt-get install -y chromium-headless-shell   (Debian/Ubuntu)',
    '!!  or point CHROME_PATH at a Chrome/Chromium binary.',
    '!!  Set REQUIRE_BROWSER=1 (CI does) to make this a failure.',
    line,
    '',
  ].join('\n');
}

export function missingBrowserError(): Error {
  return new Error(
    `Chromium is required (CI or REQUIRE_BROWSER=1) but ${CHROME_PATH} does not exist. ` +
      'Install it with `apt-get install -y chromium-headless-shell` or set CHROME_PATH.',
  );
}

/**
 * How long to wait for what a page does at once (a step turning on, a chart
 * drawing a state, a live region's sentence): generous, for a 2-core machine
 * running the whole suite; a passing wait ends as soon as the page is there.
 */
export const SLOW_MS = 15_000;
