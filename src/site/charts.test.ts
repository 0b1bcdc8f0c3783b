import { describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../domain/fixtures/dataset.ts';
import { chartFigureParts, chartOutlineList, chartPagePart, chartSpec, sharedTables } from './charts.ts';
import { outlineHtml } from '../specs/describe.ts';
import { chartStrings } from '../i18n/chart-strings.ts';

describe('chartPagePart (what a story page\'s cache key covers of a chart)', () => {
  it("changes with a name that only the chart's data table prints", async () => {
    const data = fixtureDataset();
    const before = chartPagePart(await chartFigureParts('hiring-wave', 'id', data));
    const person = data.people.find((p) => before.includes(p.name));
    expect(person, "a fixture person named in the hiring wave's table").toBeDefined();
    const renamed = fixtureDataset();
    const i = renamed.people.findIndex((p) => p.id === person!.id);
    renamed.people[i] = { ...renamed.people[i]!, name: `${person!.name} Jr.` };
    const after = chartPagePart(await chartFigureParts('hiring-wave', 'id', renamed));
    expect(after).not.toBe(before);
    expect(after).toContain(`${person!.name} Jr.`);
    // The views the page draws from and the source line alone (what the key covered before) do not tell them apart.
    const drawn = async (d: typeof data) => {
      const p = await chartFigureParts('hiring-wave', 'id', d);
      return `${p.credit}\n${p.viewsJson}`;
    };
    expect(await drawn(renamed)).toBe(await drawn(data));
  });
});

describe('sharedTables (the data tables under a chart)', () => {
  const views = [
    { key: 'a', name: 'per pekan' },
    { key: 'b', name: 'kumulatif' },
    { key: 'c', name: 'tujuan' },
  ];
  it('prints a table once for the views that share it, captioned with each view and its title', () => {
    const one = { html: '<tbody>1</tbody>', rows: 1 };
    const out = sharedTables(views, { a: one, b: { html: '<tbody>2</tbody>', rows: 1 }, c: { ...one } }, { a: 'Judul', b: 'Judul', c: 'Judul lain' });
    expect(out).toEqual([
      { views: ['a', 'c'], caption: 'Judul: per pekan / Judul lain: tujuan', html: '<tbody>1</tbody>', rows: 1 },
      { views: ['b'], caption: 'Judul: kumulatif', html: '<tbody>2</tbody>', rows: 1 },
    ]);
  });
  it('joins the names of views of one title', () => {
    const x = { html: 'x', rows: 3 };
    expect(sharedTables(views.slice(0, 2), { a: x, b: x }, { a: 'Judul', b: 'Judul' })).toEqual([{ views: ['a', 'b'], caption: 'Judul: per pekan, kumulatif', html: 'x', rows: 3 }]);
  });
});

describe('chartOutlineList (the chart-as-text list, written once per chart, edition and state)', () => {
  it("is the outline's list after its summary, for the state asked for", async () => {
    const data = fixtureDataset();
    for (const state of [{}, { view: 'where' }, { highlight: ['left'] }]) {
      const { views } = await chartSpec('retention', 'en', data);
      const whole = outlineHtml('Title', views, state, chartStrings('en'));
      const list = await chartOutlineList('retention', 'en', data, state);
      expect(list.startsWith('<ul>')).toBe(true);
      expect(whole).toBe(`${whole.slice(0, whole.indexOf('</p>') + 4)}${list}`);
    }
    expect(await chartOutlineList('retention', 'en', data, { highlight: ['left'] })).not.toBe(await chartOutlineList('retention', 'en', data, {}));
  });

  it('keeps one list per chart, edition and state in a build (not one for all)', async () => {
    // Under vitest import.meta.env.DEV is true and oncePerBuild computes every time: a build keeps its values.
    vi.stubEnv('DEV', false);
    try {
      const data = fixtureDataset();
      const lists = [
        await chartOutlineList('retention', 'en', data, {}),
        await chartOutlineList('retention', 'en', data, { highlight: ['left'] }),
        await chartOutlineList('retention', 'id', data, {}),
        await chartOutlineList('departures', 'en', data, {}),
      ];
      expect(new Set(lists).size).toBe(lists.length);
      expect(await chartOutlineList('retention', 'en', data, { highlight: ['left'] })).toBe(lists[1]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
