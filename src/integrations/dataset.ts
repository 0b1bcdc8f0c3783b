/**
 * The dataset's place in the build and in `astro dev` (the data itself is
 * read by readDataset, src/site/read-dataset.ts):
 *
 * - `astro build` checks content/data before anything else, and a mistake
 *   stops it with the build's message located at the YAML line (no stack in
 *   src/), rather than surfacing from whichever page or story reads it first.
 * - `astro dev` watches content/data/*.yaml: every compiled story depends on
 *   them (its numbers and names are checked against the data), so a saved
 *   change invalidates the compiled stories and reloads the page; a mistake
 *   then shows in the overlay (src/middleware.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { isRunnableDevEnvironment, type EnvironmentModuleNode, type Plugin } from 'vite';
import { DatasetError } from '../domain/dataset.ts';
import { buildError } from '../content/content-error.ts';
import { dataFilePaths, readDataset } from '../site/read-dataset.ts';

const STORY = /\.mdx(?:$|\?)/;

/**
 * Prints the data's problems in the terminal, once per state of the files: the overlay's requests
 * print only where to look (src/middleware.ts), so the full message is not repeated on every request.
 */
function reporter(root: string, logger: AstroIntegrationLogger) {
  let last: DatasetError | null = null;
  return () => {
    try {
      readDataset(root);
      last = null;
    } catch (e) {
      if (!(e instanceof DatasetError)) throw e;
      if (e !== last) logger.error(e.message);
      last = e;
    }
  };
}

/** Vite plugin: the data files are watched dependencies of each compiled story. */
export function watchDataFiles(root: string, report: () => void = () => {}): Plugin {
  const files = Object.values(dataFilePaths(root));
  return {
    name: 'msl:watch-dataset',
    apply: 'serve',
    transform(_code, id) {
      if (STORY.test(id)) for (const f of files) this.addWatchFile(f);
    },
    hotUpdate: {
      order: 'pre',
      handler({ file, server, timestamp }) {
        if (!files.includes(file)) return;
        // Vite asks the client environment first: invalidate in every server environment from there, then
        // reload once. The compiled stories that read the data, and what imports them, compile again on
        // the next request; pages read the data when they render.
        if (this.environment.name === 'client') {
          for (const env of Object.values(server.environments)) {
            if (env.name === 'client') continue;
            const invalidated = new Set<EnvironmentModuleNode>();
            for (const mod of env.moduleGraph.getModulesByFile(file) ?? []) {
              for (const story of mod.importers) env.moduleGraph.invalidateModule(story, invalidated, timestamp, true);
            }
            if (!isRunnableDevEnvironment(env)) continue;
            for (const mod of invalidated) {
              const evaluated = mod.id === null ? undefined : env.runner.evaluatedModules.getModuleById(mod.id);
              if (evaluated) env.runner.evaluatedModules.invalidateModule(evaluated);
            }
          }
          report();
          server.ws.send({ type: 'full-reload' });
        }
        return [];
      },
    },
  };
}

export function datasetIntegration(): AstroIntegration {
  let report = () => {};
  return {
    name: 'content/data',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        report = reporter(root, logger);
        if (command === 'build') {
          try {
            readDataset(root);
          } catch (e) {
            throw e instanceof DatasetError ? buildError(e, root) : e;
          }
        }
        if (command === 'dev') updateConfig({ vite: { plugins: [watchDataFiles(root, report)] } });
      },
      'astro:server:start': () => report(),
    },
  };
}
