/**
 * Vitest globalSetup for the browser tests: builds dist/ once if it is missing,
 * serves it on a free localhost port for the whole run, and hands the URL to
 * the tests (inject('browserSite')). It does nothing when the run includes no
 * file under tests/browser/ (e.g. `npx vitest run src`).
 *
 * In vitest.config.ts, inside `test: { … }`:
 *   globalSetup: ['./tests/browser/global-setup.ts'],
 *
 * Without that line the tests still run: each file serves dist/ itself, but
 * nothing builds it (run `npm run build` first).
 */
import { spawnSync } from 'node:child_process';
import { buildEnv } from '../publish/site.ts';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist.mjs';
import {
  BASE_PATH,
  BROWSER_REQUIRED,
  CUSTOM_DIST,
  DIST_DIR,
  HAS_CHROMIUM,
  PROJECT_ROOT,
  missingBrowserBanner,
  missingBrowserError,
} from './env.ts';

export interface BrowserSite {
  /** http://127.0.0.1:PORT/base/ */
  url: string;
  origin: string;
  root: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserSite: BrowserSite | null;
  }
}

function runsBrowserTests(project: TestProject): boolean {
  try {
    // Internal but stable since vitest 1: the files of this run, collected before globalSetup.
    const files = (project.vitest as unknown as { state: { getFilepaths(): string[] } }).state.getFilepaths();
    if (!Array.isArray(files) || files.length === 0) return true;
    return files.some((f) => f.replaceAll('\\', '/').includes('/tests/browser/'));
  } catch {
    return true;
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  if (existsSync(dir)) walk(dir);
  return newest;
}

function build() {
  console.log(`[browser tests] ${relative(PROJECT_ROOT, DIST_DIR) || DIST_DIR}/index.html is missing: running \`npm run build -- --preview\` …`);
  const started = Date.now();
  // scripts/build.mjs, as npm run build: dist/ is replaced only by a complete build.
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--preview'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: buildEnv({}) });
  if (result.status !== 0) {
    throw new Error(`[browser tests] \`npm run build -- --preview\` failed (exit ${result.status ?? result.signal}); the browser tests need dist/.`);
  }
  console.log(`[browser tests] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(project: TestProject) {
  project.provide('browserSite', null);
  if (!runsBrowserTests(project)) return;

  if (!HAS_CHROMIUM) {
    if (BROWSER_REQUIRED) throw missingBrowserError();
    console.warn(missingBrowserBanner());
    return;
  }

  if (!CUSTOM_DIST) {
    const forced = process.env['BROWSER_TEST_BUILD'] === '1';
    if (forced || !existsSync(join(DIST_DIR, 'index.html'))) build();
    else {
      const built = statSync(join(DIST_DIR, 'index.html')).mtimeMs;
      const sources = Math.max(newestMtime(join(PROJECT_ROOT, 'src')), newestMtime(join(PROJECT_ROOT, 'content')));
      if (sources > built) {
        console.warn(
          '[browser tests] WARNING: dist/ is older than src/ or content/: the browser tests run against a stale build. ' +
            'Run `npm run build` (or BROWSER_TEST_BUILD=1) to test the current code.',
        );
      }
    }
  }

  const server = await serveDist({ root: DIST_DIR, base: BASE_PATH });
  console.log(`[browser tests] serving ${relative(PROJECT_ROOT, server.root) || server.root} at ${server.url}`);
  project.provide('browserSite', { url: server.url, origin: server.origin, root: server.root });
  return async () => {
    await server.close();
  };
}
