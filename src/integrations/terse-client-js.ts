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
 * nothing. Same input, same output.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify, type MinifyOptions } from 'terser';
import type { Plugin } from 'vite';

const OPTIONS: MinifyOptions = { module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } };
/** Terser fills in the options object it is given: the key is taken before, and each call gets a copy. */
const OPTIONS_KEY = JSON.stringify(OPTIONS);
const TERSER_VERSION = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('terser/package.json'), 'utf8')) as { version: string }).version;

/** `code` through Terser, from the cache in `dir` when the same code went through it before. */
export async function terse(code: string, dir: string): Promise<string> {
  const key = createHash('sha256').update(`${TERSER_VERSION} ${OPTIONS_KEY}\n`).update(code).digest('hex');
  const path = join(dir, `${key}.js`);
  if (existsSync(path)) return readFileSync(path, 'utf8');
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

/** The Vite plugin: every JavaScript chunk of the client build, once it is final. */
export function terseClientJsPlugin(dir: string): Plugin {
  return {
    name: 'msl:terse-client-js',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = await terse(chunk.code, dir);
      }
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
