import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../domain/fixtures/dataset.ts';
import { chartFigureParts, chartPagePart, sharedTables } from './charts.ts';

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
    const out = sharedTables(views, { a: '<tbody>1</tbody>', b: '<tbody>2</tbody>', c: '<tbody>1</tbody>' }, { a: 'Judul', b: 'Judul', c: 'Judul lain' });
    expect(out).toEqual([
      { views: ['a', 'c'], caption: 'Judul: per pekan / Judul lain: tujuan', html: '<tbody>1</tbody>' },
      { views: ['b'], caption: 'Judul: kumulatif', html: '<tbody>2</tbody>' },
    ]);
  });
  it('joins the names of views of one title', () => {
    expect(sharedTables(views.slice(0, 2), { a: 'x', b: 'x' }, { a: 'Judul', b: 'Judul' })).toEqual([{ views: ['a', 'b'], caption: 'Judul: per pekan, kumulatif', html: 'x' }]);
  });
});
