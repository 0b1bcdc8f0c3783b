/**
 * Vitest globalSetup (vitest.config.ts): starts the shared builds of tests/setup/builds.ts in the
 * background and tells the test workers where they land (inject('sharedBuilds')); checks that
 * Chromium is there when the run holds browser tests and it is required (CI, REQUIRE_BROWSER=1).
 *
 * A run of files that need no built site (e.g. `npx vitest run src`) builds nothing.
 * At the end of the run, a build still going is stopped and the temporary folder removed
 * (KEEP_TEST_BUILDS=1 keeps it and prints where it is).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { TestProject } from 'vitest/node';
import { BROWSER_REQUIRED, HAS_CHROMIUM, missingBrowserBanner, missingBrowserError } from '../browser/env.ts';
import { BUILDS, buildEnv, PROJECT_ROOT, type BuildName, type BuildPlan } from './build-env.ts';

/** Test folders whose files use a shared build (or, for tests/browser, Chromium). */
const NEEDS_BUILD = /\/tests\/(browser|budgets|build|content|images|publish)\//;

/** The test files of this run (the command line's filters applied), or null when they cannot be told. */
async function filesOfRun(project: TestProject): Promise<string[] | null> {
  try {
    // filenamePattern: the command line's file filters (internal, as of vitest 4); globTestFiles is public.
    const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
    const { testFiles } = await project.globTestFiles(filters);
    return testFiles.length > 0 ? testFiles.map((f) => f.replaceAll('\\', '/')) : null;
  } catch {
    return null;
  }
}

function runBuild(name: BuildName, plan: BuildPlan, children: Set<ChildProcess>): Promise<void> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.mjs', ...(BUILDS[name].env.PREVIEW ? ['--preview'] : []), '--outDir', plan.dist], {
      cwd: PROJECT_ROOT,
      env: buildEnv({ ...BUILDS[name].env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    child.stdout!.on('data', (b: Buffer) => (output += b));
    child.stderr!.on('data', (b: Buffer) => (output += b));
    const end = (code: number | null, note = '') => {
      children.delete(child);
      writeFileSync(plan.status, JSON.stringify({ code, output: stripVTControlCharacters(output) + note }));
      console.log(`[shared build] ${name} (base ${BUILDS[name].base}) ${code === 0 ? 'built' : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      done();
    };
    child.on('error', (e) => end(-1, `\ncould not start scripts/build.mjs: ${e.message}`));
    child.on('close', (code, signal) => end(code ?? -1, signal ? `\nkilled by ${signal}` : ''));
  });
}

export default async function setup(project: TestProject) {
  const files = await filesOfRun(project);
  const runs = (re: RegExp) => files === null || files.some((f) => re.test(f));

  if (runs(/\/tests\/(browser|images|publish)\//) && !HAS_CHROMIUM) {
    if (BROWSER_REQUIRED) throw missingBrowserError();
    console.warn(missingBrowserBanner());
  }

  if (!runs(NEEDS_BUILD)) {
    project.provide('sharedBuilds', null);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'msl-test-builds-'));
  const plans = Object.fromEntries(
    (Object.keys(BUILDS) as BuildName[]).map((name) => {
      mkdirSync(join(dir, name));
      return [name, { dist: join(dir, name, 'dist'), status: join(dir, name, 'status.json') }];
    }),
  ) as Record<BuildName, BuildPlan>;
  project.provide('sharedBuilds', plans);

  // One after the other: both use the project's content cache (node_modules/.astro). Root first: most tests need it.
  const children = new Set<ChildProcess>();
  const skipRoot = Boolean(process.env['TEST_DIST']);
  if (skipRoot) writeFileSync(plans.root.status, JSON.stringify({ code: 0, output: '' }));
  const chain = (skipRoot ? Promise.resolve() : runBuild('root', plans.root, children)).then(() => runBuild('sub', plans.sub, children));

  return async () => {
    for (const child of children) child.kill('SIGTERM');
    await chain;
    if (process.env['KEEP_TEST_BUILDS'] === '1') console.log(`[shared build] kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };
}
