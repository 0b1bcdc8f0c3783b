/** The validated dataset as the pure functions in src/lib expect it. */
import { getCollection } from 'astro:content';
import { collectionNames, type CollectionName } from '../domain/schemas/index.ts';
import devDataFiles from '#dev-data-files';
import { parseDataset, type DataFile, type Dataset } from '../domain/dataset.ts';

async function fromCollections(): Promise<Dataset> {
  const [organisations, people, events, sources] = await Promise.all([
    getCollection('organisations'),
    getCollection('people'),
    getCollection('events'),
    getCollection('sources'),
  ]);
  const flat = <T extends { id: string; data: object }>(entries: T[]) => entries.map((e) => ({ id: e.id, ...e.data }));
  return { organisations: flat(organisations), people: flat(people), events: flat(events), sources: flat(sources) } as Dataset;
}

/**
 * In `astro dev` the YAML files are imported as raw text, so Vite reloads the
 * page when one is saved, and they are validated by the same parseDataset as
 * the build: a mistake shows in the browser's error overlay with the build's
 * message, and a fix redraws the charts.
 */
// '#dev-data-files' (package.json "imports") is src/site/dev-data-files.ts under Vite's "development" condition
// and an empty record otherwise: a glob behind `import.meta.env.DEV ? … : {}` still put the four YAML files into
// every page's module graph in a build, so any change to the data changed the code hash of every page and the
// incremental build rendered them all again (docs/benchmark.md).
const devFiles: Record<string, string> = import.meta.env.DEV ? devDataFiles : {};

function fromDevFiles(): Dataset {
  const files = Object.fromEntries(
    collectionNames.map((c) => {
      const path = `content/data/${c}.yaml`;
      const text = devFiles[`/${path}`];
      if (text === undefined) throw new Error(`${path} is missing`);
      return [c, { path, text } satisfies DataFile];
    }),
  ) as Record<CollectionName, DataFile>;
  return parseDataset(files);
}

let cached: Promise<Dataset> | null = null;

/** Loaded once per build from the content collections (validated by their loader). */
export function loadDataset(): Promise<Dataset> {
  if (import.meta.env.DEV) return Promise.resolve().then(fromDevFiles);
  return (cached ??= fromCollections());
}
