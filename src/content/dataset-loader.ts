/**
 * Astro loader for one slice of the dataset. Astro's file() loader only logs
 * YAML errors, dangling references and duplicate ids and exits 0; this one
 * validates all four files together (src/domain/dataset.ts) and throws, so the
 * build fails with file, line, entry and field, and `astro dev` shows the
 * same message in its overlay.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { dataFilePaths, readDataset } from '../site/read-dataset.ts';
import type { CollectionName } from '../domain/schemas/index.ts';

export function datasetLoader(collection: CollectionName): Loader {
  return {
    name: `msl-dataset:${collection}`,
    load: async ({ store, parseData, generateDigest, watcher, config, logger }) => {
      const root = fileURLToPath(config.root);
      const paths = dataFilePaths(root);
      const sync = async () => {
        const entries = readDataset(root)[collection];
        store.clear();
        for (const { id, ...data } of entries) {
          const parsed = await parseData({ id, data: data as Record<string, unknown>, filePath: paths[collection] });
          store.set({ id, data: parsed, digest: generateDigest(parsed) });
        }
      };
      await sync();
      if (!watcher) return;
      // Any of the four files can break references in this one: reload on each.
      watcher.add(Object.values(paths));
      watcher.on('change', async (changed) => {
        if (!Object.values(paths).includes(changed)) return;
        try {
          await sync();
          logger.info(`reloaded ${collection} after a change to ${changed}`);
        } catch (e) {
          logger.error(e instanceof Error ? e.message : String(e));
        }
      });
    },
  };
}
