/** Reads content/data/*.yaml from disk and validates them as one dataset (build and scripts). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diskCached, parserVersion } from './dataset-disk-cache.ts';
import { collectionNames, type CollectionName } from '../domain/schemas/index.ts';
import { buildDay } from '../domain/build-date.ts';
import { isoDay } from '../domain/partial-date.ts';
import { DatasetError, decodeDataFile, parseDataset, type DataFile, type DatasetIssue, type Dataset } from '../domain/dataset.ts';

export const DATA_DIR = 'content/data';

export function dataFilePaths(root: string): Record<CollectionName, string> {
  return Object.fromEntries(collectionNames.map((c) => [c, join(root, DATA_DIR, `${c}.yaml`)])) as Record<CollectionName, string>;
}

/**
 * The last dataset parsed per project root, with the file texts it came from.
 * One build asks for the dataset many times (each of the four content
 * collections, each remark plugin) and parsing is the costly part (YAML, a
 * schema per entry, cross-checks; see parseDataset): reading the files is
 * cheap, so they are always read, and parsed again only when a text changed.
 * Kept on globalThis because the same build loads this module more than once
 * (astro.config.mjs's plugins and the content loaders are bundled separately).
 * A failed parse is never cached: it throws again with the same issues.
 */
const CACHE = Symbol.for('msl-explainer.readDataset');
type Cache = Map<string, { texts: string[]; dataset: Dataset }>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Cache;

export function readDataset(root: string): Dataset {
  const paths = dataFilePaths(root);
  const undecodable: DatasetIssue[] = [];
  const files = Object.fromEntries(
    collectionNames.map((c) => [c, decodeDataFile(`${DATA_DIR}/${c}.yaml`, readFileSync(paths[c]), undecodable)]),
  ) as Record<CollectionName, DataFile>;
  if (undecodable.length > 0) throw new DatasetError(undecodable);
  // The build day is part of the key: the same texts can be valid today and not on an earlier day.
  const today = buildDay();
  const texts = [isoDay(today), ...collectionNames.map((c) => files[c].text)];
  const key = resolve(root);
  const hit = cache.get(key);
  if (hit && hit.texts.every((t, i) => t === texts[i])) return hit.dataset;
  // Between builds, from disk when nothing it depends on changed (src/site/dataset-disk-cache.ts).
  const disk = join(root, 'node_modules/.astro/dataset');
  const dataset =
    process.env['NODE_ENV'] === 'production' && !process.env['VITEST'] && existsSync(join(root, 'node_modules'))
      ? diskCached(disk, parserVersion(root), texts, () => parseDataset(files, today))
      : parseDataset(files, today);
  cache.set(key, { texts, dataset });
  return dataset;
}
