/**
 * Where Chromium is and how it is started, for the browser tests
 * (tests/browser/env.ts) and the benchmark (scripts/bench.mjs): one list, so a
 * flag added for one is used by both.
 */

/** Chromium/Chrome binary: CHROME_PATH, or Debian's package. */
export const CHROME_PATH = process.env['CHROME_PATH'] || '/usr/bin/chromium';

/**
 * Flags for a quiet, reproducible headless run: no sandbox (containers run as
 * root), no GPU, and none of Chrome's own background traffic, which would
 * show as third-party requests and disturb timings.
 * @type {string[]}
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
