/**
 * The one way to the dataset: content/data/*.yaml read from disk, parsed and
 * validated as one (src/domain/dataset.ts). src/middleware.ts calls it once
 * per request and gives pages, components and endpoints the result as
 * `Astro.locals.dataset`; getStaticPaths calls it directly; the stories' pipeline
 * (src/integrations/story-pipeline.ts) gives it to remark-bound-numbers and what the compiled-MDX cache's key
 * covers of it to the other plugins (src/remark/compile-inputs.ts); scripts
 * and tests call it with their project root.
 *
 * The outcome is kept per project root, keyed by the build day and the four
 * file texts: the same texts are parsed once however many pages and plugins
 * ask, and a saved change (in `astro dev`) is parsed again on the next call.
 * A failure is kept too, so a broken file is reported with the same
 * DatasetError by every caller without being parsed again. A file's size and
 * modification time stand in for its text until one of them changes, so a
 * call that finds the files untouched reads nothing.
 * Kept on globalThis because one build loads this module more than once
 * (astro.config.mjs's plugins and the pages are bundled separately). A worker
 * thread of its own (the MDX compile workers) keeps its own, and reads the
 * dataset from the disk cache the main thread wrote.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
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

interface Outcome {
  day: string;
  stamps: string[];
  texts: string[];
  dataset: Dataset | null;
  error: DatasetError | null;
}

const CACHE = Symbol.for('msl-explainer.readDataset');
const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map<string, Outcome>()) as Map<string, Outcome>;

const stampOf = (path: string) => {
  const s = statSync(path, { bigint: true });
  return `${s.ino}:${s.size}:${s.mtimeNs}`;
};

const settle = (o: Outcome): Dataset => {
  if (o.error) throw o.error;
  return o.dataset!;
};

/** The validated dataset of the project at `root`; throws DatasetError naming every problem's file and line. */
export function readDataset(root: string = process.cwd()): Dataset {
  const key = resolve(root);
  const paths = dataFilePaths(key);
  // The build day is part of the key: the same texts can be valid today and not on an earlier day.
  const today = buildDay();
  const day = isoDay(today);
  const stamps = collectionNames.map((c) => stampOf(paths[c]));
  const hit = cache.get(key);
  if (hit && hit.day === day && hit.stamps.every((s, i) => s === stamps[i])) return settle(hit);

  const undecodable: DatasetIssue[] = [];
  const files = Object.fromEntries(
    collectionNames.map((c) => [c, decodeDataFile(`${DATA_DIR}/${c}.yaml`, readFileSync(paths[c]), undecodable)]),
  ) as Record<CollectionName, DataFile>;
  const texts = collectionNames.map((c) => files[c].text);
  if (hit && hit.day === day && hit.texts.every((t, i) => t === texts[i])) {
    hit.stamps = stamps;
    return settle(hit);
  }
  const outcome: Outcome = { day, stamps, texts, dataset: null, error: null };
  try {
    if (undecodable.length > 0) throw new DatasetError(undecodable);
    // In astro build, from disk when nothing it depends on changed since the last build (src/site/dataset-disk-cache.ts).
    outcome.dataset =
      process.env['NODE_ENV'] === 'production' && !process.env['VITEST'] && existsSync(join(key, 'node_modules'))
        ? diskCached(join(key, 'node_modules/.astro/dataset'), parserVersion(key), [day, ...texts], () => parseDataset(files, today))
        : parseDataset(files, today);
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    outcome.error = e;
  }
  cache.set(key, outcome);
  return settle(outcome);
}
