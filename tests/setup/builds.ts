/**
 * The two builds of the real project that every test needing a built site shares, made once per
 * `vitest run` by tests/setup/global.ts (its globalSetup) and awaited here, in the test workers:
 *
 *   root  `npm run build -- --preview`: base "/", canonical URLs on http://localhost:4321
 *         (the publishing, browser, budget and content tests);
 *   sub   `npm run build` for production under a sub-path: SITE_URL=https://charts.example,
 *         BASE_PATH=/msl/ (absolute URLs and withBase(): the sub-path link check, the images,
 *         embeds and snippets).
 *
 * Both go through scripts/build.mjs, so the finished build also passed scripts/lib/check-dist.mjs.
 * They build into a temporary folder (dist/ is never read or written), one after the other (they
 * share the project's content cache in node_modules/.astro), in the background: tests that need no
 * build run meanwhile. A test asking for a build waits until it is done.
 *
 * Environment: TEST_DIST=<folder> uses that root build instead (built earlier, never rebuilt;
 * `sharedBuild('sub')` still builds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { BUILDS, type BuildName, type BuildPlan } from './build-env.ts';

export { BUILDS, type BuildName, type BuildPlan };

export interface SharedBuild {
  name: BuildName;
  /** Folder holding the built files. */
  root: string;
  /** Base path, "/" or "/msl/". */
  base: string;
  /** The origin of canonical and other absolute URLs. */
  site: string;
  /** What the build printed (stdout and stderr, uncoloured). */
  output: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sharedBuilds: Record<BuildName, BuildPlan> | null;
  }
}

/** How long a test may wait for a shared build (they start with the run; on a busy 2-core machine a build takes minutes). */
export const BUILD_WAIT_MS = 600_000;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The shared build `name`, waiting for it if it is still being built. Throws with the build's log if it failed. */
export async function sharedBuild(name: BuildName): Promise<SharedBuild> {
  const { base, site } = BUILDS[name];
  const given = process.env['TEST_DIST'];
  if (name === 'root' && given) return { name, root: given, base, site, output: '' };
  let plans: Record<BuildName, BuildPlan> | null = null;
  try {
    plans = inject('sharedBuilds');
  } catch {
    plans = null;
  }
  if (!plans) throw new Error(`no shared build: run the tests through vitest.config.ts (its globalSetup tests/setup/global.ts builds the site)`);
  const plan = plans[name];
  while (!existsSync(plan.status)) await sleep(250);
  const { code, output } = JSON.parse(readFileSync(plan.status, 'utf8')) as { code: number | null; output: string };
  if (code !== 0) throw new Error(`the shared "${name}" build (scripts/build.mjs, base ${base}) failed (exit ${code}):\n${output.slice(-4000)}`);
  if (!existsSync(join(plan.dist, 'index.html'))) throw new Error(`the shared "${name}" build wrote no ${plan.dist}/index.html`);
  return { name, root: plan.dist, base, site, output };
}
