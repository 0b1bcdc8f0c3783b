/**
 * Each chart's data table (the path for screen readers and readers without
 * JavaScript) says what the chart shows: the counts, and the names behind
 * every bar with their dates as reported, as precise as they are. On a small
 * dataset, with exact values.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/dataset.ts';
import { readDataset } from '../site/read-dataset.ts';
import { charts } from './registry.ts';

type Person = Dataset['people'][number];
const real = readDataset(process.cwd());
const base: Omit<Person, 'id' | 'name'> = {
  category: 'hire',
  cohort: 'summer-2025',
  previousEmployer: 'openai',
  previousEmployerNote: null,
  previousRole: { id: 'Peneliti', en: 'Researcher' },
  mslRole: null,
  hireReported: null,
  hireReportedNote: null,
  started: null,
  startedPlanned: false,
  startedNote: null,
  neverStarted: false,
  departure: null,
  verification: 'confirmed',
  sources: [real.sources[0]!.id],
  notes: null,
};
const person = (id: string, name: string, fields: Partial<Person>): Person => ({ ...base, id, name, ...fields });
const leaving = (reported: string, destination: string | null, left: string | null = null) => ({ reported, left, planned: false, destination, destinationNote: null });

const small: Dataset = {
  ...real,
  events: real.events.filter((e) => e.tally !== null),
  people: [
    person('ann', 'Ann Ash', { hireReported: '2025-06-12' }),
    person('bo', 'Bo Birch', { hireReported: '2025-06-27/28', previousEmployer: 'apple', verification: 'secondary-only' }),
    person('cy', 'Cy Cedar', { hireReported: '2025-07', verification: 'secondary-only' }),
    person('di', 'Di Dogwood', { hireReported: null }),
    person('ed', 'Ed Elm', { hireReported: '2025-06-12', departure: leaving('~2025-08', 'openai') }),
    person('flo', 'Flo Fir', { category: 'departure', cohort: 'long-serving', previousEmployer: null, departure: leaving('by 2025-10-22', null) }),
  ],
};

/** The rows of a view's table that carry names (the last cell), in the given locale. */
const named = (chart: keyof typeof charts, view: number, locale: 'id' | 'en') =>
  charts[chart](small, locale).views[view]!.table.rows.filter((r) => r.at(-1) !== '');

describe('chart data tables list the names behind each bar and their dates as reported', () => {
  it('hiring wave, per week: counts per origin, total, then each name with its date of first report', () => {
    const weekly = charts['hiring-wave'](small, 'id').views[0]!;
    expect(weekly.table.head).toEqual(['Pekan', 'OpenAI', 'Apple', 'Total', 'Nama dan tanggal, seperti dilaporkan']);
    expect(named('hiring-wave', 0, 'id')).toEqual([
      ['9 Jun', 2, 0, 2, 'Ann Ash (12 Juni 2025); Ed Elm (12 Juni 2025)'],
      ['23 Jun', 0, 1, 1, 'Bo Birch (27–28 Juni 2025)'],
      ['30 Jun', 1, 0, 1, 'Cy Cedar (Juli 2025)'],
      ['Tanggal tak diketahui', 1, 0, 1, 'Di Dogwood'],
    ]);
    expect(named('hiring-wave', 0, 'en').map((r) => r.at(-1))).toEqual([
      'Ann Ash (12 June 2025); Ed Elm (12 June 2025)',
      'Bo Birch (27\u2009–\u200928 June 2025)',
      'Cy Cedar (July 2025)',
      'Di Dogwood',
    ]);
  });

  it('origins: names under their verification level, as the chart shades them', () => {
    expect(charts.origins(small, 'id').views[0]!.table.rows).toEqual([
      ['OpenAI', 3, 1, 4, 'Terkonfirmasi di sumber: Ann Ash; Di Dogwood; Ed Elm. Hanya di salinan sekunder: Cy Cedar.'],
      ['Apple', 0, 1, 1, 'Hanya di salinan sekunder: Bo Birch.'],
    ]);
  });

  it('origins, tallies: what each outlet counted, in the page language', () => {
    const tallies = charts.origins(small, 'en').views[1]!.table;
    expect(tallies.head).toEqual(['Counted by', 'Count', 'What was counted']);
    expect(tallies.rows.at(-1)).toEqual(['This dataset: traceable names: 5', 5, '']);
    for (const [i, e] of small.events.entries()) expect(tallies.rows[i]![2]).toBe(e.tally!.whatEn);
  });

  it('departures per month: summer recruits and earlier staff apart, an approximate or bounded date said so', () => {
    expect(named('departures', 0, 'id')).toEqual([
      ['Agu 2025', 1, 0, 'Rekrutan musim panas 2025: Ed Elm (dilaporkan sekitar Agustus 2025).'],
      ['Okt 2025', 0, 1, 'Staf yang bergabung lebih awal: Flo Fir (dilaporkan paling lambat 22 Oktober 2025).'],
    ]);
  });

  it('departures by destination: the names behind each bar', () => {
    expect(charts.departures(small, 'en').views[1]!.table.rows).toEqual([
      ['OpenAI', 1, 'Ed Elm'],
      ['Undisclosed / unnamed', 1, 'Flo Fir'],
    ]);
  });

  it('retention: one row per recruit, with where they stand, where from, dates as reported and verification', () => {
    const t = charts.retention(small, 'en').views[0]!.table;
    expect(t.head).toEqual(['Name', 'Status', 'From', 'Hire reported', 'Left', 'Verification']);
    expect(t.rows).toEqual([
      ['Ann Ash', 'On record at MSL', 'OpenAI', '12 June 2025', '', 'Confirmed in source'],
      ['Di Dogwood', 'On record at MSL', 'OpenAI', 'Date unknown', '', 'Confirmed in source'],
      ['Bo Birch', 'On record at MSL', 'Apple', '27\u2009–\u200928 June 2025', '', 'Secondary copies only'],
      ['Cy Cedar', 'On record at MSL', 'OpenAI', 'July 2025', '', 'Secondary copies only'],
      ['Ed Elm', 'Left', 'OpenAI', '12 June 2025', 'departure reported around August 2025, to OpenAI', 'Confirmed in source'],
    ]);
  });
});
