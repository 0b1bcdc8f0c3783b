/**
 * The chart endpoints render from the dataset the middleware read for the request (`locals.dataset`,
 * src/middleware.ts), not from a second read of content/data: in `astro dev` an editor's save while a
 * picture renders (about a second) then cannot make the request fail halfway with a stack trace.
 * Run in a folder with no content/data, a second read would throw.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { APIContext } from 'astro';
import { fixtureDataset } from '../domain/fixtures/dataset.ts';
import { chartFileKey, chartJson, chartPng } from './chart-png.ts';
import { chartSpec } from './charts.ts';
import { chartStrings } from '../i18n/chart-strings.ts';
import type { ChartViewsFile } from '../specs/types.ts';

// Vitest gives a stylesheet's ?raw import as an empty string (it does not process CSS); the theme needs the real one.
vi.mock('../styles/global.css?raw', () => ({ default: readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8') }));

const context = (chart: string) => ({ params: { chart }, locals: { dataset: fixtureDataset() } }) as unknown as APIContext;

describe('the chart endpoints', () => {
  const cwd = process.cwd();
  const empty = mkdtempSync(join(tmpdir(), 'msl-no-data-'));
  beforeAll(() => process.chdir(empty));
  afterAll(() => {
    process.chdir(cwd);
    rmSync(empty, { recursive: true, force: true });
  });

  it('draws the picture from the request\'s dataset, reading no data file', async () => {
    const res = await chartPng('id')(context('hiring-wave'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
  });

  it('writes the tooltip names from the request\'s dataset, reading no data file', async () => {
    const data = fixtureDataset();
    const res = await chartJson('en', 'details')(context('departures'));
    const details = JSON.parse(await res.text()) as Record<string, unknown>;
    expect(Object.keys(details).length).toBeGreaterThan(0);
    // Names from the fixture, which the real dossier does not hold.
    const names = JSON.stringify(details);
    expect(data.people.some((p) => names.includes(p.name))).toBe(true);
  });
});

describe('chartJson views (what <chart-figure> draws from)', () => {
  it("writes the request's views with that edition's chart strings, and no names or tables", async () => {
    const data = fixtureDataset();
    for (const locale of ['id', 'en'] as const) {
      const res = await chartJson(locale, 'views')(context('departures'));
      expect(res.headers.get('content-type')).toBe('application/json');
      const file = JSON.parse(await res.text()) as ChartViewsFile;
      const spec = await chartSpec('departures', locale, data);
      expect(file.views.map((v) => v.key)).toEqual(spec.views.map((v) => v.key));
      expect(file.views.map((v) => v.labels)).toEqual(spec.views.map((v) => v.labels));
      expect(file.strings).toEqual(chartStrings(locale));
      for (const view of file.views) expect(Object.keys(view)).not.toContain('details');
      for (const view of file.views) expect(Object.keys(view)).not.toContain('table');
    }
  });
});

describe('chartFileKey (the cacheKey of a chart picture or names file in an incremental build)', () => {
  it('is the same for the same data, and differs between charts', async () => {
    const [a, b] = [fixtureDataset(), fixtureDataset()];
    for (const file of ['picture', 'views', 'details'] as const) for (const locale of ['id', 'en'] as const) expect(await chartFileKey('departures', locale, file, a)).toBe(await chartFileKey('departures', locale, file, b));
    for (const file of ['picture', 'views', 'details'] as const) expect(await chartFileKey('departures', 'id', file, a)).not.toBe(await chartFileKey('origins', 'id', file, a));
  });

  it("changes the picture's key with its source line, and the names file's key with a name behind a bar", async () => {
    const data = fixtureDataset();
    const [picture, details] = [await chartFileKey('departures', 'id', 'picture', data), await chartFileKey('departures', 'id', 'details', data)];
    const spec = await chartSpec('departures', 'id', data);
    const resourced = fixtureDataset();
    // Every source of the chart credited to one outlet: the source line names it first.
    resourced.sources = resourced.sources.map((x) => (spec.sources.includes(x.id) ? { ...x, original: 'Kantor Berita Uji' } : x));
    expect(await chartFileKey('departures', 'id', 'picture', resourced)).not.toBe(picture);
    const names = JSON.stringify(spec.views.map((v) => v.details));
    const person = data.people.find((p) => names.includes(p.name))!;
    const renamed = fixtureDataset();
    const i = renamed.people.findIndex((p) => p.id === person.id);
    renamed.people[i] = { ...renamed.people[i]!, name: `${person.name} Jr.` };
    expect(await chartFileKey('departures', 'id', 'details', renamed)).not.toBe(details);
  });
});
