/**
 * Where Chromium is and how it is started, for the browser tests
 * (tests/browser/env.ts) and the benchmark (scripts/bench.mjs): one list, so a
 * flag added for one is used by both.
 */

import { accessSync, constants } from 'node:fs';

/** Chromium/Chrome binary for the benchmark and for looking at pages: CHROME_PATH, or Debian's package. */
export const CHROME_PATH = process.env['CHROME_PATH'] || '/usr/bin/chromium';

/** Debian's chromium-headless-shell: the same Blink and V8 as chromium, without the browser around them. */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/**
 * Whether `file` exists and may be run.
 * @param {string} file
 */
export const runnable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Chromium for the tests: CHROME_PATH; else chromium-headless-shell, which did the same
 * page work (load, step walk, axe, deep links) with about a fifth less CPU than chromium on
 * this 2-core machine (28 against 36 CPU s); else chromium. .ci/run installs the shell.
 */
export const TEST_CHROME_PATH = process.env['CHROME_PATH'] || (runnable(HEADLESS_SHELL_PATH) || !runnable(CHROME_PATH) ? HEADLESS_SHELL_PATH : CHROME_PATH);

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
