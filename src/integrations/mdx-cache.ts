/**
 * An Astro integration that keeps every compiled MDX file between builds, so
 * a build compiles only the stories that changed (publishing a correction:
 * one story compiles, 999 come from the cache; docs/benchmark.md).
 *
 * It wraps the transform of @astrojs/mdx's Vite plugin ("@mdx-js/rolldown"):
 * the transform is a function of the file's text and path, the remark
 * pipeline (our plugins, their options, the packages), NODE_ENV
 * (remark-no-placeholders) and what the plugins read from the dataset
 * (src/remark/compile-inputs.ts). The cache key is a sha256 of exactly those:
 *  - `pipeline`: the text of astro.config.mjs and of every project file it
 *    imports, followed transitively (the remark plugins, src/lib/…, this
 *    file), package-lock.json (every package's version) and NODE_ENV;
 *  - `data`: compileInputs(root).key, the names, chart views and figure keys;
 *  - the file's absolute path (the compiled code names it) and its text.
 * A hit returns the stored result (code, source map, Astro's metadata); a
 * miss compiles and stores it. A failed compile is never stored: it fails
 * again, with its message, next time. Entries no build used are removed at
 * the end of a successful build, so the folder holds one build's worth.
 *
 * Where: `<cacheDir>/mdx/` (node_modules/.astro/mdx/ by default). CI keeps
 * node_modules/.astro between builds (docs/deploy.md). Deleting it is always
 * safe: the next build compiles everything.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The name @astrojs/mdx gives its Vite plugin (node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js). */
const MDX_PLUGIN = '@mdx-js/rolldown';
/** Bump when the stored format changes. */
const FORMAT = 1;

type Handler = (this: unknown, code: string, id: string, ...rest: unknown[]) => unknown;

/**
 * The project files `entries` import, followed through relative imports
 * (static `from` clauses, dynamic imports of a relative path and modules
 * loaded by `new URL('./…', import.meta.url)`), with their texts: sorted [path, text].
 * Packages are left out (package-lock.json stands for them).
 */
export function sourceClosure(entries: string[]): [string, string][] {
  const seen = new Map<string, string>();
  const queue = entries.map((e) => resolve(e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    // Static `from` clauses, dynamic imports and `new URL('./file', import.meta.url)` (a worker's module).
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew URL\(\s*)['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/g)) {
      let target = resolve(dirname(file), m[1]!);
      // Extensionless specifiers (Vite and Astro resolve them): try the usual ones.
      if (!existsSync(target) || !/\.[a-z]+$/i.test(target)) target = ['', '.ts', '.js', '.mjs', '.astro', '/index.ts'].map((x) => target + x).find((t) => existsSync(t) && /\.[a-z]+$/i.test(t)) ?? target;
      queue.push(target);
    }
  }
  return [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The pipeline's part of the key, for the project at `root`. */
export function pipelineVersion(root: string, nodeEnv = process.env['NODE_ENV'] ?? ''): string {
  const hash = createHash('sha256').update(`mdx-cache ${FORMAT}\nNODE_ENV=${nodeEnv}\n`);
  for (const [path, text] of sourceClosure([join(root, 'astro.config.mjs'), fileURLToPath(import.meta.url)])) hash.update(`${path}\n${text}\n`);
  for (const lock of ['package-lock.json', 'package.json']) {
    const path = join(root, lock);
    if (existsSync(path)) {
      hash.update(`${lock}\n`).update(readFileSync(path));
      break;
    }
  }
  return hash.digest('hex');
}

export interface CacheOptions {
  /** Folder of the entries. */
  dir: string;
  /** The pipeline's part of the key (pipelineVersion). */
  pipeline: string;
  /** The dataset's part of the key (compileInputs(root).key); called once per build, when the first file is asked for. */
  data: () => string;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Keys used by this build (hits and stored misses). */
  used: Set<string>;
}

/** Wraps a plugin's transform (function or { filter, handler }) with the cache; returns its counters, or null without a transform. */
export function cacheTransform(plugin: Plugin, options: CacheOptions, stats: CacheStats = { hits: 0, misses: 0, used: new Set() }): CacheStats | null {
  const transform = plugin.transform as Handler | { handler: Handler } | undefined;
  if (!transform) return null;
  let data: string | null = null;
  const cached = (handler: Handler): Handler =>
    async function (this: unknown, code: string, id: string, ...rest: unknown[]) {
      data ??= options.data();
      const key = createHash('sha256').update(`${options.pipeline}\n${data}\n${id}\n`).update(code).digest('hex');
      const path = join(options.dir, key.slice(0, 2), `${key}.json`);
      if (existsSync(path)) {
        try {
          const hit = JSON.parse(readFileSync(path, 'utf8')) as { key: string; result: unknown };
          if (hit.key === key) {
            stats.hits++;
            stats.used.add(key);
            return hit.result;
          }
        } catch {
          // A torn or foreign file: compile, and overwrite it below.
        }
      }
      const result = await handler.call(this, code, id, ...rest);
      stats.misses++;
      if (result && typeof result === 'object') {
        mkdirSync(dirname(path), { recursive: true });
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify({ key, id, result }));
        renameSync(tmp, path);
        stats.used.add(key);
      }
      return result;
    };
  if (typeof transform === 'function') plugin.transform = cached(transform) as NonNullable<Plugin['transform']>;
  else transform.handler = cached(transform.handler);
  return stats;
}

/** Removes the entries of `dir` whose key is not in `keep`; returns how many. */
export function prune(dir: string, keep: Set<string>): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const shard of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, shard))) {
      if (!keep.has(name.replace(/\.json$/, ''))) {
        rmSync(join(dir, shard, name), { force: true });
        removed++;
      }
    }
  }
  return removed;
}

export function mdxCache({ data }: { data: (root: string) => string }): AstroIntegration {
  // Shared by every Vite config of the build (each wraps its own MDX plugin), so pruning keeps what any of them used.
  const stats: CacheStats = { hits: 0, misses: 0, used: new Set() };
  let dir = '';
  return {
    name: 'msl:mdx-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        dir = join(fileURLToPath(config.cacheDir), 'mdx');
        const pipeline = pipelineVersion(root);
        const wrapped = new WeakSet<Plugin>();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'msl:mdx-cache',
                // After limit-mdx-compiles (listed after it in astro.config.mjs): a hit never waits for a compile slot.
                configResolved(resolved) {
                  const mdx = resolved.plugins.find((p) => p.name === MDX_PLUGIN);
                  if (!mdx) {
                    logger.warn(`Vite plugin "${MDX_PLUGIN}" not found: MDX files are not cached between builds. Check src/integrations/mdx-cache.ts after an @astrojs/mdx upgrade.`);
                    return;
                  }
                  if (wrapped.has(mdx)) return;
                  if (cacheTransform(mdx, { dir, pipeline, data: () => data(root) }, stats)) wrapped.add(mdx);
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (stats.hits + stats.misses === 0) return;
        const pruned = prune(dir, stats.used);
        logger.info(`${stats.hits} MDX file(s) from the cache, ${stats.misses} compiled${pruned ? `, ${pruned} stale entr${pruned === 1 ? 'y' : 'ies'} removed` : ''} (${dir})`);
      },
    },
  };
}
