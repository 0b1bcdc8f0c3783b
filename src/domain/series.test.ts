/**
 * The series on the small fixture dataset (fixtures/dataset): five people
 * chosen for the cases the logic distinguishes (a range date, an undated
 * hire, a recruit who never started, a departure in the next year, a planned
 * departure of long-serving staff). The real dossier's counts are one snapshot
 * in figures.test.ts, so a correction to the data changes that test only.
 */
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from './fixtures/dataset.ts';
import { isoOfDayNumber } from './weeks.ts';
import {
  byVerification,
  cohortAtMonthEnds,
  cohortStatus,
  cumulative,
  departureDate,
  departuresIn,
  departuresPerMonth,
  destinations,
  hiresByEmployer,
  hiresIn,
  hiresPerWeek,
  onRecordFrom,
  OCTOBER,
  summerCohort,
  WAVE,
  YEAR_2025,
} from './series.ts';

const data = fixtureDataset();
const person = (id: string) => data.people.find((p) => p.id === id)!;
const ids = (people: { id: string }[]) => people.map((p) => p.id);
const groups = ['openai', 'apple', 'other'] as const;

describe('hires', () => {
  it('are people of category "hire" first reported in the window, with the undated ones only when asked', () => {
    expect(ids(hiresIn(data, WAVE, { includeUndated: false }))).toEqual(['ana', 'budi']);
    expect(ids(hiresIn(data, WAVE, { includeUndated: true }))).toEqual(['ana', 'budi', 'citra']);
    expect(hiresIn(data, OCTOBER, { includeUndated: false })).toEqual([]);
  });
  it('count by the group of the previous employer, undated included', () => {
    expect(hiresByEmployer(data)).toEqual({ openai: 2, apple: 1 });
  });
});

describe('hires per week of first report', () => {
  const weekly = hiresPerWeek(data, WAVE, groups);
  it('runs from the Monday of the week holding the first day to the week holding the last', () => {
    expect(isoOfDayNumber(weekly.weeks[0]!)).toBe('2025-05-26');
    expect(isoOfDayNumber(weekly.weeks.at(-1)!)).toBe('2025-09-29');
  });
  it('places a range at the week its first day falls in, and a day at its own week', () => {
    const week = (iso: string) => weekly.weeks.findIndex((w) => isoOfDayNumber(w) === iso);
    expect(weekly.byGroup.openai![week('2025-06-23')]).toBe(1); // ana, 27-28 June
    expect(weekly.byGroup.apple![week('2025-07-14')]).toBe(1); // budi, 17 July
    expect(ids(weekly.people[week('2025-06-23')]!)).toEqual(['ana']);
    expect(weekly.byGroup.openai!.reduce((a, b) => a + b) + weekly.byGroup.apple!.reduce((a, b) => a + b)).toBe(2);
  });
  it('keeps an undated hire apart, never on a week', () => {
    expect(weekly.undated).toEqual({ openai: 1, apple: 0, other: 0 });
  });
  it('refuses a group the chart does not draw, naming the person', () => {
    expect(() => hiresPerWeek(data, WAVE, ['openai'])).toThrow('group "apple" of budi is not in the chart\'s groups');
  });
  it('accumulates', () => {
    expect(cumulative([1, 0, 2])).toEqual([1, 1, 3]);
  });
});

describe('departures', () => {
  it('are dated by the exit month when reported, else by the first report (a plan by the report of the plan)', () => {
    expect(departureDate(person('dewi'))?.text).toBe('2025-08-26/27');
    expect(departureDate(person('eko'))?.text).toBe('2025-11-11');
    expect(departureDate(person('ana'))).toBeNull();
  });
  it('fall in the year their date starts in', () => {
    expect(ids(departuresIn(data, YEAR_2025))).toEqual(['dewi', 'eko']);
  });
  it('split by month into summer recruits and longer-serving staff', () => {
    const m = departuresPerMonth(data, { from: WAVE.from, to: { year: 2026, month: 2, day: 28 } });
    expect(m.months).toEqual(['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(m.summer).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(m.earlier).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(ids(m.people[8]!)).toEqual(['budi']);
  });
  it('count an unnamed destination as undisclosed', () => {
    expect(destinations(data, YEAR_2025)).toEqual({ openai: 1, undisclosed: 1 });
  });
});

describe('the summer cohort', () => {
  it('is everyone recruited in the wave, recruits listed as departures included', () => {
    expect(ids(summerCohort(data))).toEqual(['ana', 'budi', 'citra', 'dewi']);
  });
  it('is on record from the month of the first report, and an undated recruit from the last month of the wave', () => {
    expect(onRecordFrom(person('ana'))).toBe('2025-06');
    expect(onRecordFrom(person('budi'))).toBe('2025-07');
    expect(onRecordFrom(person('citra'))).toBe('2025-09');
  });
  it.each([
    ['ana', '2025-05', 'not-yet'],
    ['ana', '2025-06', 'at-msl'],
    ['budi', '2025-06', 'not-yet'],
    ['budi', '2026-01', 'at-msl'],
    ['budi', '2026-02', 'left'],
    ['citra', '2025-08', 'not-yet'],
    ['citra', '2025-09', 'at-msl'],
    ['dewi', '2025-06', 'never-started'],
    ['dewi', '2025-09', 'never-started'],
  ])('%s at the end of %s: %s', (id, month, status) => {
    expect(cohortStatus(person(id), month)).toBe(status);
  });
  it('counts who is at MSL at each month end, never a recruit who never started', () => {
    const r = cohortAtMonthEnds(data, { from: WAVE.from, to: { year: 2026, month: 2, day: 28 } });
    expect(r.size).toBe(4);
    expect(r.atMsl).toEqual([1, 2, 2, 3, 3, 3, 3, 3, 2]);
  });
});

describe('verification levels', () => {
  it('count people by level', () => {
    expect(byVerification(data.people)).toEqual({ confirmed: 3, 'secondary-only': 2 });
  });
});
