/**
 * A throwaway copy of the project for script tests: src, content, public,
 * scripts and config copied, each package in node_modules linked. Scripts and
 * `astro build` run inside it, so nothing is written to the real tree.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildEnv } from '../publish/site.ts';

const run = promisify(execFile);
export const root = resolve(import.meta.dirname, '../..');

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export function copyProject(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'msl-scripts-'));
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(root, item), join(dir, item), { recursive: true });
  }
  linkNodeModules(dir);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/*
 * Not one link to the whole folder: `astro build` writes its content store to
 * node_modules/.astro/data-store.json (Vite its caches to node_modules/.vite),
 * so copies sharing the folder read each other's stories when builds overlap,
 * and the real project's. Each copy gets its own folder of links instead.
 */
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

function linkNodeModules(dir: string) {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  // Two caches whose entries are keyed by their whole input and moved into place whole, copied (not
  // linked), so a copy's build skips seconds of work its output does not depend on: the subset fonts
  // (src/integrations/site-fonts.ts: a copy whose text differs makes its own) and Terser's output for
  // the browser's JavaScript (src/integrations/terse-client-js.ts, which prunes entries unused for two weeks). The shared builds and the unit
  // tests run both cold on a fresh clone, as CI does.
  // A cache being replaced meanwhile (site-fonts removes the old folder, then renames the new one in)
  // is left out: the copy then builds it cold, as on a fresh clone.
  const seed = (name: string) => {
    const from = join(root, 'node_modules/.astro', name);
    const to = join(modules, '.astro', name);
    try {
      cpSync(from, to, { recursive: true, filter: (src) => !src.endsWith('.tmp') });
    } catch {
      rmSync(to, { recursive: true, force: true });
    }
  };
  if (existsSync(join(root, 'node_modules/.astro/site-fonts/manifest.json'))) seed('site-fonts');
  if (existsSync(join(root, 'node_modules/.astro/terse-client-js'))) seed('terse-client-js');
}

async function exec(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Result> {
  try {
    // Without vitest's DEV/MODE/BASE_URL, which Astro would inline into the build; INIT_CWD as npm sets it.
    const { stdout, stderr } = await run(file, args, { cwd, env: buildEnv({ INIT_CWD: cwd, ...env }) });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Runs scripts/<name>.ts with the Node that runs vitest (22, from node_modules/.bin under npm). */
export const script = (dir: string, name: string, args: string[]) => exec(process.execPath, [join('scripts', `${name}.ts`), ...args], dir);

/** `astro build` in a copy, with `env` added to the build's environment (e.g. BUILD_DATE). */
export const build = (dir: string, env: Record<string, string> = {}) => exec(join(root, 'node_modules/.bin/astro'), ['build'], dir, env);

/** A localhost port nothing listens on now (for a server a test starts: astro dev, the dist/ server). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Today in the local time zone, YYYY-MM-DD (Sweden writes dates in ISO order). */
export const localToday = () => new Date().toLocaleDateString('sv-SE');

/** Splits a story file into its frontmatter text and body. */
export function splitStory(text: string): { frontmatter: string; body: string } {
  const m = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`no frontmatter block in:\n${text.slice(0, 200)}`);
  return { frontmatter: m[1]!, body: m[2]! };
}
