/**
 * A built site for the publishing tests, built at most once per source state:
 * - base "/" reuses dist/ when it is newer than every source file and was
 *   built for the root; otherwise it builds into a temporary folder;
 * - any other base builds into a temporary folder (`astro build --outDir`).
 * Temporary builds are keyed by base and source state and shared between the
 * test files (vitest runs them in parallel: a lock folder lets one build while
 * the others wait). dist/ itself is never written here.
 *
 * Environment: PUBLISH_TEST_BUILD=1 builds even when dist/ is fresh;
 * PUBLISH_TEST_DIST=<folder> tests that root build instead (never built).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** What a build depends on; a change to any of these makes a build stale. */
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json'];

export interface BuiltSite {
  /** Folder holding the built files. */
  root: string;
  /** Base path as "/" or "/sub/". */
  base: string;
  /** Whether this is the project's dist/ (reused) or a temporary build. */
  reused: boolean;
}

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Newest modification time of a file or of anything under a folder (0 when missing). */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function sourceStamp(): number {
  return Math.max(...SOURCES.map((p) => newestMtime(join(PROJECT_ROOT, p))));
}

/** dist/ counts as fresh when it is newer than every source and its pages link the favicon at the root. */
function freshDist(): boolean {
  const index = join(PROJECT_ROOT, 'dist', 'index.html');
  if (!existsSync(index) || statSync(index).mtimeMs < sourceStamp()) return false;
  return readFileSync(index, 'utf8').includes('href="/favicon.svg"');
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/**
 * The environment for a child `astro build`. Vitest sets BASE_URL=/, DEV=1,
 * PROD='', MODE=test, SITE, NODE_ENV=test… in process.env, and Astro inlines
 * import.meta.env.* from process.env at build time: inherited, they would
 * turn every withBase() link into a root link and mark the build as dev.
 * PREVIEW=1: a test build needs no SITE_URL (its URLs point at localhost);
 * pass PREVIEW: '' in `extra` for a production build.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|SITE|DEV|PROD|MODE|SSR|ASSETS_PREFIX|NODE_ENV|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  return { ...env, FORCE_COLOR: '0', PREVIEW: '1', ...extra };
}

function build(outDir: string, base: string): void {
  const started = Date.now();
  console.log(`[publish tests] building the site with BASE_PATH=${base} into ${outDir} …`);
  const result = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: buildEnv({ BASE_PATH: base }),
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`[publish tests] \`astro build --outDir ${outDir}\` (BASE_PATH=${base}) failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`[publish tests] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Removes earlier builds for the same base (older sources) once they are an hour old. */
function pruneOldBuilds(prefix: string, keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith(prefix) || path === keep) continue;
    if (Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 60 * 60_000) rmSync(path, { recursive: true, force: true });
  }
}

/** The site built with `base`, building it if no fresh build exists. */
export async function builtSite(base = '/'): Promise<BuiltSite> {
  const b = normaliseBase(base);
  const given = process.env['PUBLISH_TEST_DIST'];
  if (b === '/' && given) return { root: resolve(PROJECT_ROOT, given), base: b, reused: true };
  if (b === '/' && !process.env['PUBLISH_TEST_BUILD'] && freshDist()) return { root: join(PROJECT_ROOT, 'dist'), base: b, reused: true };

  const key = createHash('sha256').update(`${PROJECT_ROOT}\n${b}\n${sourceStamp()}`).digest('hex').slice(0, 12);
  const prefix = `msl-publish-${b === '/' ? 'root' : b.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-`;
  const dir = join(tmpdir(), `${prefix}${key}`);
  pruneOldBuilds(prefix, dir);
  const outDir = join(dir, 'dist');
  const done = join(dir, 'built');
  const lock = join(dir, 'lock');
  mkdirSync(dir, { recursive: true });
  for (;;) {
    if (existsSync(done)) return { root: outDir, base: b, reused: false };
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building this one: wait for it (a build takes ~20-60 s),
      // unless its lock is left over from a run that was killed.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      if (!existsSync(done)) {
        rmSync(outDir, { recursive: true, force: true });
        build(outDir, b);
        mkdirSync(done);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
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
