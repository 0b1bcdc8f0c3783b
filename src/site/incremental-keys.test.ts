import { describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/dataset.ts';
import { fixtureDataset } from '../domain/fixtures/dataset.ts';
import { figures } from '../domain/figures.ts';
import { chartDigests, storyCacheKey, storyFootprint } from './incremental-keys.ts';

const people = [
  { id: 'ana', name: 'Ana Example' },
  { id: 'budi', name: 'Budi Example' },
  { id: 'ana-b', name: 'Ana Example Bintang' },
];

describe('storyFootprint', () => {
  it('finds figures, dates, sources, charts and the people named in the text', () => {
    const text = '---\ntitle: x\n---\n\nAna Example bertemu <Num of="people" /> orang <When of="event:e1" />.\n\n<Cite src="s1">fakta</Cite>\n\n<Scrolly chart="origins" title="t">\n<Step>Budi Example, lalu Ana Example Bintang.</Step>\n</Scrolly>\n';
    expect(storyFootprint(text, people)).toEqual({ refs: ['event:e1', 'people'], sources: ['s1'], charts: ['origins'], people: ['ana', 'ana-b', 'budi'], opaque: false });
  });

  it('does not take a longer word for a name ("Ana Examples")', () => {
    expect(storyFootprint('Ana Examples dan Budi Exampleku.', people).people).toEqual([]);
  });

  it.each([
    ['an expression for a figure', '<Num of={key} />'],
    ['an expression for a chart', '<Scrolly chart={c} title="t" />'],
    ['a character reference that could spell a name', 'An&#97; Example'],
  ])('depends on the whole dataset for %s', (_, text) => {
    expect(storyFootprint(text, people).opaque).toBe(true);
  });
});

describe('storyCacheKey', () => {
  const text = 'Ana Example: <Num of="people" />.\n';
  const key = (data: Dataset, t = text, entryData: unknown = { title: 'x' }) => storyCacheKey({ text: t, entryData, alternates: [], data, chartParts: async (c) => c });
  const withPerson = (id: string, change: (p: Dataset['people'][number]) => Dataset['people'][number]): Dataset => {
    const data = fixtureDataset();
    return { ...data, people: data.people.map((p) => (p.id === id ? change(p) : p)) };
  };

  it('is the same for the same story and data', async () => {
    expect(await key(fixtureDataset())).toBe(await key(fixtureDataset()));
  });

  it('changes with the text, the frontmatter, and a person the story names', async () => {
    const base = await key(fixtureDataset());
    expect(await key(fixtureDataset(), `${text}Lagi.\n`)).not.toBe(base);
    expect(await key(fixtureDataset(), text, { title: 'y' })).not.toBe(base);
    expect(await key(withPerson('ana', (p) => ({ ...p, notes: { id: 'baru', en: 'new' } })))).not.toBe(base);
  });

  it('stays when only a person the story does not name changes', async () => {
    const base = await key(fixtureDataset());
    const other = fixtureDataset().people.find((p) => p.id !== 'ana')!.id;
    const changed = withPerson(other, (p) => ({ ...p, notes: { id: 'baru', en: 'new' } }));
    expect(figures(changed)['people']).toBe(figures(fixtureDataset())['people']);
    expect(await key(changed)).toBe(base);
  });

  it('changes when a figure the story prints changes', async () => {
    const data = fixtureDataset();
    const fewer: Dataset = { ...data, people: data.people.slice(0, -1) };
    expect(figures(fewer)['people']).not.toBe(figures(data)['people']);
    expect(await key(fewer)).not.toBe(await key(data));
  });
});

describe('chartDigests', () => {
  it('reads and hashes what a page carries of a chart once per chart and edition, and keys tell them apart', async () => {
    const asked: string[] = [];
    const digest = chartDigests(async (chart, locale) => {
      asked.push(`${chart}/${locale}`);
      return `${chart} in ${locale}`;
    });
    const first = await digest('departures', 'id');
    expect(await digest('departures', 'id')).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await digest('departures', 'en')).not.toBe(first);
    expect(await digest('origins', 'id')).not.toBe(first);
    expect(asked).toEqual(['departures/id', 'departures/en', 'origins/id']);
  });

  it('gives a story key that changes when a chart it shows changes', async () => {
    const data = fixtureDataset();
    const text = '<Scrolly chart="departures" title="t"><Step>x</Step></Scrolly>';
    const key = (views: string) =>
      storyCacheKey({ text, entryData: {}, alternates: [], data, chartParts: (c) => chartDigests(async () => views)(c, 'id') });
    expect(await key('[1,2]')).toBe(await key('[1,2]'));
    expect(await key('[1,3]')).not.toBe(await key('[1,2]'));
  });
});
