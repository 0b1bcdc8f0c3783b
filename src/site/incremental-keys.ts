/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild,
 * astro.config.mjs): a page returned by getStaticPaths() with a `cacheKey` is
 * copied from the previous build instead of rendered when its key and the
 * hash of its code (Astro computes that one: the page's modules, the compiled
 * MDX of the story it renders, components, CSS) are both unchanged.
 *
 * So the key must change whenever the data the page prints changes. A story
 * page prints, besides its own file:
 *  - the figures its <Num of> name, the dates its <When of> name, the sources
 *    its <Cite src> name;
 *  - the charts its <Scrolly chart>/<ChartFigure chart> name (their views,
 *    the names behind the bars, the data tables and the source line:
 *    chartPagePart in src/site/charts.ts);
 *  - the people it mentions (the list remark-person-mentions appends: each
 *    person's card with their organisations and sources);
 *  - its other editions (hreflang links).
 * storyFootprint finds those names in the file's text, a superset of what
 * the page uses (any `of="…"` counts as a figure and a date; every place a
 * person's name appears counts, even where the plugin would not link it). A
 * value written as an expression (of={…}) or a name that character
 * references could hide (&#…;) makes the page depend on the whole dataset.
 * Changing one person then renders again only the pages that mention them or
 * show a figure or a chart that changed; the rest are copied.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../domain/dataset.ts';
import { resolveDateRef } from '../domain/date-refs.ts';
import { figures } from '../domain/figures.ts';

/** Bump to invalidate every page once (a change in what the keys cover). */
const KEY_VERSION = 1;

export interface Footprint {
  /** Values of of="…" attributes: figure keys or date references. */
  refs: string[];
  /** Values of src="…": source ids. */
  sources: string[];
  /** Values of chart="…". */
  charts: string[];
  /** Ids of the people whose name appears in the text. */
  people: string[];
  /** The text names something in a way this scan cannot read: depend on the whole dataset. */
  opaque: boolean;
}

interface NameIndex {
  /** First word of a name -> the names starting with it, longest first, with the word's offset in the name. */
  byFirstWord: Map<string, { name: string; id: string; offset: number }[]>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const nameIndexes = new WeakMap<readonly unknown[], NameIndex>();

function nameIndex(people: readonly { id: string; name: string }[]): NameIndex {
  let index = nameIndexes.get(people);
  if (index) return index;
  const byFirstWord = new Map<string, { name: string; id: string; offset: number }[]>();
  for (const { id, name } of people) {
    const first = new RegExp(WORD.source, 'u').exec(name);
    if (!first) continue;
    const list = byFirstWord.get(first[0]) ?? [];
    list.push({ name, id, offset: first.index });
    byFirstWord.set(first[0], list);
  }
  index = { byFirstWord };
  nameIndexes.set(people, index);
  return index;
}

const attributeValues = (text: string, name: string) => [...text.matchAll(new RegExp(String.raw`\b${name}=(?:"([^"]*)"|'([^']*)')`, 'g'))].map((m) => m[1] ?? m[2] ?? '');

/** What the story text `text` may print from the dataset (see the file comment). */
export function storyFootprint(text: string, people: readonly { id: string; name: string }[]): Footprint {
  const opaque = /\b(?:of|src|chart|ids)=\{/.test(text) || /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text);
  const { byFirstWord } = nameIndex(people);
  const found = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const candidates = byFirstWord.get(m[0]);
    if (!candidates) continue;
    for (const c of candidates) {
      const start = m.index - c.offset;
      if (start >= 0 && text.startsWith(c.name, start) && !LETTER_OR_DIGIT.test(text[start + c.name.length] ?? '')) found.add(c.id);
    }
  }
  const uniq = (xs: string[]) => [...new Set(xs)].sort();
  return { refs: uniq(attributeValues(text, 'of')), sources: uniq(attributeValues(text, 'src')), charts: uniq(attributeValues(text, 'chart')), people: [...found].sort(), opaque };
}

const lookups = new WeakMap<Dataset, { all?: string; sources: Map<string, unknown>; orgs: Map<string, unknown>; people: Map<string, Dataset['people'][number]> }>();
function lookupsOf(data: Dataset) {
  let l = lookups.get(data);
  if (!l) {
    l = { sources: new Map(data.sources.map((s) => [s.id, s])), orgs: new Map(data.organisations.map((o) => [o.id, o])), people: new Map(data.people.map((p) => [p.id, p])) };
    lookups.set(data, l);
  }
  return l;
}
/** The sha256 of a text, in hex: what every cacheKey is. */
export const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export interface StoryKeyInput {
  /** The story file's text. */
  text: string;
  /** The entry's parsed frontmatter (what the layout prints). */
  entryData: unknown;
  /** The other editions, as the page links them. */
  alternates: unknown;
  data: Dataset;
  /** What the page prints of each chart it shows, by id (chartPagePart), or a digest of it (chartDigests). */
  chartParts: (chart: string) => Promise<string>;
}

/**
 * `parts` (what a page carries of a chart in an edition) as a sha256, computed once per chart and edition
 * for all the stories of a build: it is the same on every page showing the chart, and grows with the data
 * (about a megabyte at 6,000 people), so hashing it in every story's key made the keys of 1,000 stories
 * take 12 of the 54 s of a rebuild.
 */
export function chartDigests(parts: (chart: string, locale: string) => Promise<string>): (chart: string, locale: string) => Promise<string> {
  const digests = new Map<string, Promise<string>>();
  return (chart, locale) => {
    const key = `${chart}\n${locale}`;
    let digest = digests.get(key);
    if (!digest) digests.set(key, (digest = parts(chart, locale).then(sha)));
    return digest;
  };
}

/** The cacheKey of one story page. */
export async function storyCacheKey({ text, entryData, alternates, data, chartParts }: StoryKeyInput): Promise<string> {
  const f = storyFootprint(text, data.people);
  const parts: unknown[] = [KEY_VERSION, sha(text), entryData, alternates];
  const l = lookupsOf(data);
  if (f.opaque) parts.push((l.all ??= sha(JSON.stringify(data))));
  const figs = figures(data);
  // A figure key is not a date reference: resolving it as one would only search for a hint.
  for (const ref of f.refs) parts.push(ref, ref in figs ? figs[ref] : resolveDateRef(data, ref));
  for (const id of f.sources) parts.push(id, l.sources.get(id) ?? null);
  for (const chart of f.charts) parts.push(chart, await chartParts(chart).catch(() => null));
  for (const id of f.people) {
    const p = l.people.get(id)!;
    parts.push(p, l.orgs.get(p.previousEmployer ?? '') ?? null, l.orgs.get(p.departure?.destination ?? '') ?? null, p.sources.map((s) => l.sources.get(s) ?? null));
  }
  return sha(JSON.stringify(parts));
}
