/**
 * The chart table pages a build writes (chartTablesPaths): one per chart with a table longer than a page takes,
 * none for the fixture (as for the real data), with the first story that shows the chart, and a cache key that
 * follows what the page prints.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../domain/dataset.ts';
import { fixtureDataset, fixtureWithRecruits } from '../domain/fixtures/dataset.ts';
import { TABLE_ROWS_IN_PAGE } from './charts.ts';

const state = vi.hoisted(() => ({ data: null as unknown as Dataset }));
vi.mock('./read-dataset.ts', () => ({ readDataset: () => state.data }));
vi.mock('./embed-paths.ts', () => ({ firstStories: async () => new Map([['retention', { href: '/cerita/', title: 'Cerita' }]]) }));

/** The paths of one build of `data`: a build keeps its chart parts (oncePerBuild), so each gets fresh modules. */
async function build(data: Dataset, locale: 'id' | 'en' = 'id') {
  state.data = data;
  vi.resetModules();
  const { chartTablesPaths } = await import('./chart-png.ts');
  return chartTablesPaths(locale);
}

/** The table pages the sitemap lists for `data` (src/pages/sitemap.xml.ts). */
async function listed(data: Dataset, locale: 'id' | 'en') {
  state.data = data;
  vi.resetModules();
  const { chartTablesPages } = await import('./chart-png.ts');
  return chartTablesPages(locale);
}

describe('chartTablesPaths (in a build)', () => {
  // A build: the paths carry cache keys (under vitest import.meta.env.DEV is true, as in astro dev).
  beforeEach(() => vi.stubEnv('DEV', false));
  afterEach(() => vi.unstubAllEnvs());

  it('writes no table page when every table fits under its chart', async () => {
    expect(await build(fixtureDataset())).toEqual([]);
  });

  it.each(['id', 'en'] as const)("writes the retention chart's page, with its first story, when its table is too long (%s)", async (locale) => {
    const paths = await build(fixtureWithRecruits(TABLE_ROWS_IN_PAGE + 1), locale);
    expect(paths.map((p) => p.params.chart)).toEqual(['retention']);
    expect(paths[0]!.props).toEqual({ story: { href: '/cerita/', title: 'Cerita' } });
  });

  it('gives the sitemap the pages it writes, in each edition, and none when there are none', async () => {
    expect(await listed(fixtureDataset(), 'id')).toEqual([]);
    expect(await listed(fixtureWithRecruits(TABLE_ROWS_IN_PAGE + 1), 'id')).toEqual(['/charts/retention/']);
    expect(await listed(fixtureWithRecruits(TABLE_ROWS_IN_PAGE + 1), 'en')).toEqual(['/en/charts/retention/']);
  });

  it('keys the page by what it prints: the same for the same data, another for a renamed recruit', async () => {
    const key = async (data: Dataset) => (await build(data))[0]!.cacheKey;
    const big = () => fixtureWithRecruits(TABLE_ROWS_IN_PAGE + 1);
    expect(await key(big())).toBe(await key(big()));
    const renamed = big();
    const last = renamed.people.at(-1)!;
    renamed.people[renamed.people.length - 1] = { ...last, name: `${last.name} Jr.` };
    expect(await key(renamed)).not.toBe(await key(big()));
  });
});
