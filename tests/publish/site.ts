/**
 * The built site for the publishing tests: one of the shared builds of tests/setup/builds.ts
 * (made once per run by the globalSetup), by base: "/" is the preview build, "/msl/" the
 * production build under a sub-path. dist/ is never read or written here.
 *
 * Environment: TEST_DIST=<folder> tests that root build instead (never built).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILDS, sharedBuild, type BuildName } from '../setup/builds.ts';

export { buildEnv, PROJECT_ROOT } from '../setup/build-env.ts';

export interface BuiltSite {
  /** Folder holding the built files. */
  root: string;
  /** Base path as "/" or "/sub/". */
  base: string;
  /** The origin of its canonical URLs. */
  site: string;
  /** What the build printed. */
  output: string;
}

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The shared build with base `base` ("/" or "/msl/"), waiting for it if it is still being built. */
export async function builtSite(base = '/'): Promise<BuiltSite> {
  const b = normaliseBase(base);
  const name = (Object.keys(BUILDS) as BuildName[]).find((n) => BUILDS[n].base === b);
  if (!name) throw new Error(`no shared build has the base ${b}: the tests build ${Object.values(BUILDS).map((x) => x.base).join(' and ')} (tests/setup/builds.ts)`);
  const { root, site, output } = await sharedBuild(name);
  return { root, base: b, site, output };
}

/** Every file under root, as paths relative to it with forward slashes. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.push(relative(root, p).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}
