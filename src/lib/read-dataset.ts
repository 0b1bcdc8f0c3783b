/** Reads content/data/*.yaml from disk and validates them as one dataset (build and scripts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionNames, type CollectionName } from '../schemas/index.ts';
import { parseDataset, type DataFile, type Dataset } from './dataset.ts';

export const DATA_DIR = 'content/data';

export function dataFilePaths(root: string): Record<CollectionName, string> {
  return Object.fromEntries(collectionNames.map((c) => [c, join(root, DATA_DIR, `${c}.yaml`)])) as Record<CollectionName, string>;
}

export function readDataset(root: string): Dataset {
  const paths = dataFilePaths(root);
  const files = Object.fromEntries(
    collectionNames.map((c) => [c, { path: `${DATA_DIR}/${c}.yaml`, text: readFileSync(paths[c], 'utf8') } satisfies DataFile]),
  ) as Record<CollectionName, DataFile>;
  return parseDataset(files);
}
