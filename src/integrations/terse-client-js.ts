/**
 * An Astro integration that runs Terser over the browser's JavaScript after
 * Vite has minified it, in `astro build` only.
 *
 * Why: Terser's compressor, run over Vite's minified output (Oxc), shrinks
 * the Chart.js chunk from about 52 KB to 46 KB gzip; Oxc alone, or Terser in
 * Vite's place (52 KB, 5 s more per build), does not go as far. That keeps
 * a page with charts within 55 KB of JavaScript (tests/budgets). Terser is
 * slow on it (seconds), so each result is kept in `<cacheDir>/terse-client-js/`
 * under the hash of its input: a build whose browser code did not change pays
 * nothing. Same input, same output. A build marks the entries it used (their
 * modification time) and removes the ones no build has used for two weeks, so
 * the folder holds what recent builds need instead of every version since the
 * first (builds of different bases or modes use different entries, and keep
 * each other's).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify, type MinifyOptions } from 'terser';
import type { Plugin } from 'vite';

const OPTIONS: MinifyOptions = { module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } };
/** Terser fills in the options object it is given: the key is taken before, and each call gets a copy. */
const OPTIONS_KEY = JSON.stringify(OPTIONS);
const TERSER_VERSION = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('terser/package.json'), 'utf8')) as { version: string }).version;

/** How long an entry no build has used is kept. */
export const UNUSED_FOR_MS = 14 * 24 * 3600 * 1000;

/** `code` through Terser, from the cache in `dir` when the same code went through it before; `used` collects the entry's file name. */
export async function terse(code: string, dir: string, used?: Set<string>): Promise<string> {
  const key = createHash('sha256').update(`${TERSER_VERSION} ${OPTIONS_KEY}\n`).update(code).digest('hex');
  const path = join(dir, `${key}.js`);
  used?.add(`${key}.js`);
  try {
    const cached = readFileSync(path, 'utf8');
    const now = new Date();
    utimesSync(path, now, now);
    return cached;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const out = await minify(code, structuredClone(OPTIONS));
  if (out.code === undefined) throw new Error('terse-client-js: Terser returned no code.');
  // Shorter or nothing: a chunk Terser cannot improve keeps Vite's output.
  const result = out.code.length < code.length ? out.code : code;
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, result);
  renameSync(tmp, path);
  return result;
}

/** Removes the entries of `dir` that are not in `used` and that no build has used for `unusedForMs`. */
export function pruneCache(dir: string, used: ReadonlySet<string>, unusedForMs = UNUSED_FOR_MS, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    // Entries, and the temporary file of a build that stopped before moving its entry into place.
    if (used.has(name) || !/\.(js|tmp)$/.test(name)) continue;
    try {
      if (now - statSync(join(dir, name)).mtimeMs > unusedForMs) {
        rmSync(join(dir, name), { force: true });
        removed.push(name);
      }
    } catch {
      // Removed meanwhile by another build.
    }
  }
  return removed;
}

/** The Vite plugin: every JavaScript chunk of the client build, once it is final. */
export function terseClientJsPlugin(dir: string): Plugin {
  return {
    name: 'msl:terse-client-js',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    async generateBundle(_, bundle) {
      const used = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = await terse(chunk.code, dir, used);
      }
      pruneCache(dir, used);
    },
  };
}

export function terseClientJs(): AstroIntegration {
  return {
    name: 'msl:terse-client-js',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [terseClientJsPlugin(join(fileURLToPath(config.cacheDir), 'terse-client-js'))] } });
      },
    },
  };
}
