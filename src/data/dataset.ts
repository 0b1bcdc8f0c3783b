/** The validated dataset as the pure functions in src/lib expect it, read from the content collections. */
import { getCollection } from 'astro:content';
import type { Dataset } from '../lib/dataset.ts';

async function read(): Promise<Dataset> {
  const [organisations, people, events, sources] = await Promise.all([
    getCollection('organisations'),
    getCollection('people'),
    getCollection('events'),
    getCollection('sources'),
  ]);
  const flat = <T extends { id: string; data: object }>(entries: T[]) => entries.map((e) => ({ id: e.id, ...e.data }));
  return { organisations: flat(organisations), people: flat(people), events: flat(events), sources: flat(sources) } as Dataset;
}

let cached: Promise<Dataset> | null = null;

/** Loaded once per build; re-read on every request in dev so edits to the data show at once. */
export function loadDataset(): Promise<Dataset> {
  if (import.meta.env.DEV) return read();
  return (cached ??= read());
}
