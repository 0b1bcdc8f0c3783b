/**
 * An Astro integration that lets at most `limit` MDX files compile at once
 * during `astro build`.
 *
 * Why: Rolldown asks for every module's transform at once, and each MDX
 * compile awaits between its steps, so with 1,000 stories about 1,000 syntax
 * trees (mdast, hast, estree: about 1.5 MB each) were alive together. The
 * heap grew to 1.5 GB and garbage collection took a third of the Vite phase.
 * With four at a time the 1,000-story build went from about 76 s and 2.6 GB
 * to about 55 s and 1.7 GB (docs/benchmark.md), and pages are the same.
 *
 * How: it wraps the transform hook of @astrojs/mdx's Vite plugin
 * ("@mdx-js/rolldown") with p-limit, so a slot is released however a compile
 * ends (an MDX error still fails the build at once). Dev is left alone: the
 * dev server compiles one page at a time anyway.
 */
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import type { Plugin } from 'vite';

/** The name @astrojs/mdx gives its Vite plugin (node_modules/@astrojs/mdx/dist/vite-plugin-mdx.js). */
const MDX_PLUGIN = '@mdx-js/rolldown';

type Handler = (this: unknown, ...args: unknown[]) => unknown;

/** Wraps a plugin's transform (function or { filter, handler }) so that at most `limit` calls run at once. */
export function limitTransform(plugin: Plugin, limit: number): boolean {
  const transform = plugin.transform as Handler | { handler: Handler } | undefined;
  if (!transform) return false;
  const run = pLimit(limit);
  const gated = (handler: Handler): Handler =>
    function (this: unknown, ...args: unknown[]) {
      return run(() => handler.apply(this, args));
    };
  if (typeof transform === 'function') plugin.transform = gated(transform) as NonNullable<Plugin['transform']>;
  else transform.handler = gated(transform.handler);
  return true;
}

export function limitMdxCompiles({ limit = 4 }: { limit?: number } = {}): AstroIntegration {
  const wrapped = new WeakSet<Plugin>();
  return {
    name: 'msl:limit-mdx-compiles',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'msl:limit-mdx-compiles',
                // Vite resolves a config per build (content sync, server, client): wrap the MDX plugin of each once.
                configResolved(config) {
                  const mdx = config.plugins.find((p) => p.name === MDX_PLUGIN);
                  if (!mdx) {
                    logger.warn(`Vite plugin "${MDX_PLUGIN}" not found: MDX files compile without a limit (more memory). Check src/integrations/limit-mdx-compiles.ts after an @astrojs/mdx upgrade.`);
                    return;
                  }
                  if (wrapped.has(mdx)) return;
                  if (limitTransform(mdx, limit)) wrapped.add(mdx);
                },
              },
            ],
          },
        });
      },
    },
  };
}
