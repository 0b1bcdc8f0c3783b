import { describe, expect, it } from 'vitest';
import { readDataset } from '../site/read-dataset.ts';
import { isoOfDayNumber } from './weeks.ts';
import {
  byVerification,
  cohortAtMonthEnds,
  cohortStatus,
  cumulative,
  departuresIn,
  departuresPerMonth,
  destinations,
  hiresByEmployer,
  hiresIn,
  hiresPerWeek,
  OCTOBER,
  summerCohort,
  WAVE,
  YEAR_2025,
} from './series.ts';

const data = readDataset(process.cwd());
/** Month ends June 2025 to February 2026: on record once reported (Song in September, the eleven with no report date from September, Sun among them), Verma never, Knight gone in August, Pang in February 2026. */
const ATMSL = [17, 28, 31, 43, 43, 43, 43, 43, 42];
const groups = ['openai', 'google', 'scale', 'apple', 'anthropic', 'startup', 'other'] as const;

describe('hires by previous employer', () => {
  it('counts June to September 2025 as the dossier does', () => {
    expect(hiresByEmployer(data)).toEqual({ openai: 15, google: 9, scale: 7, apple: 6, startup: 4, anthropic: 2 });
    expect(hiresIn(data, WAVE, { includeUndated: true })).toHaveLength(43);
  });
  it('keeps 11 of the 43 without a date of first report (Zhiqing Sun among them: July is his start)', () => {
    const undated = hiresIn(data, WAVE, { includeUndated: true }).filter((p) => p.hireReported === null);
    expect(undated).toHaveLength(11);
    expect(undated.map((p) => p.id)).toContain('zhiqing-sun');
  });
  it('counts 3 more hires in October', () => {
    expect(hiresIn(data, OCTOBER, { includeUndated: false }).map((p) => p.id)).toEqual(['andrew-tulloch', 'ke-yang', 'ananya-kumar']);
  });
});

describe('hires per week of first report', () => {
  const weekly = hiresPerWeek(data, { from: WAVE.from, to: OCTOBER.to }, groups);
  const nonZero = weekly.weeks
    .map((w, i) => [isoOfDayNumber(w), Object.fromEntries(groups.filter((g) => weekly.byGroup[g]![i]! > 0).map((g) => [g, weekly.byGroup[g]![i]!]))] as const)
    .filter(([, v]) => Object.keys(v).length > 0);

  it('starts on the Monday of the week of 1 June and ends with the week of 27 October', () => {
    expect(isoOfDayNumber(weekly.weeks[0]!)).toBe('2025-05-26');
    expect(isoOfDayNumber(weekly.weeks.at(-1)!)).toBe('2025-10-27');
    expect(weekly.weeks).toHaveLength(23);
  });
  it('places every dated hire in the week its first report starts', () => {
    expect(Object.fromEntries(nonZero)).toEqual({
      '2025-06-09': { google: 1, scale: 1, startup: 1 },
      '2025-06-16': { startup: 2 },
      '2025-06-23': { openai: 8 },
      '2025-06-30': { openai: 2, google: 1, anthropic: 1 },
      '2025-07-07': { openai: 1, apple: 1, anthropic: 1 },
      '2025-07-14': { openai: 2, apple: 2, startup: 1 },
      '2025-07-21': { google: 3 },
      '2025-08-18': { apple: 3 },
      '2025-09-22': { openai: 1 },
      '2025-10-06': { other: 1 },
      '2025-10-13': { apple: 1 },
      '2025-10-20': { openai: 1 },
    });
  });
  it('keeps the undated hires apart, never on a week', () => {
    expect(weekly.undated).toEqual({ openai: 1, google: 4, scale: 6, apple: 0, anthropic: 0, startup: 0, other: 0 });
  });
  it('accumulates to 35 dated hires by the end of October', () => {
    const total = weekly.weeks.map((_, i) => groups.reduce((s, g) => s + weekly.byGroup[g]![i]!, 0));
    expect(cumulative(total).at(-1)).toBe(35);
    expect(cumulative([1, 0, 2])).toEqual([1, 1, 3]);
  });
});

describe('departures', () => {
  it('names 15 departures in 2025', () => {
    expect(departuresIn(data, YEAR_2025)).toHaveLength(15);
  });
  it('splits them by month left into summer recruits and longer-serving staff', () => {
    const m = departuresPerMonth(data, { from: WAVE.from, to: { year: 2026, month: 2, day: 28 } });
    expect(m.months).toEqual(['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(m.summer).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 1]);
    expect(m.earlier).toEqual([0, 1, 9, 0, 1, 2, 0, 0, 0]);
  });
  it('lists where the 2025 leavers went', () => {
    expect(destinations(data, YEAR_2025)).toEqual({
      openai: 5,
      'periodic-labs': 1,
      'microsoft-ai': 1,
      anthropic: 1,
      undisclosed: 4,
      'memories-ai': 1,
      figma: 1,
      'thinking-machines-lab': 1,
    });
  });
});

describe('the summer cohort', () => {
  it('has 45 people: the 43 hires plus Avi Verma and Ethan Knight', () => {
    const cohort = summerCohort(data);
    expect(cohort).toHaveLength(45);
    expect(cohort.filter((p) => p.category === 'departure').map((p) => p.id)).toEqual(['avi-verma', 'ethan-knight']);
  });
  it('is at MSL month by month only once on record, and never counts a recruit who never started', () => {
    const r = cohortAtMonthEnds(data, { from: WAVE.from, to: { year: 2026, month: 2, day: 28 } });
    expect(r.size).toBe(45);
    expect(r.atMsl).toEqual(ATMSL);
  });
  it.each([
    ['frank-chu', '2025-07', 'not-yet'],
    ['frank-chu', '2025-08', 'at-msl'],
    ['yang-song', '2025-08', 'not-yet'],
    ['yang-song', '2025-09', 'at-msl'],
    ['zhiqing-sun', '2025-07', 'not-yet'],
    ['zhiqing-sun', '2025-09', 'at-msl'],
    ['yuanzhong-xu', '2025-08', 'not-yet'],
    ['yuanzhong-xu', '2025-09', 'at-msl'],
    ['avi-verma', '2025-07', 'never-started'],
    ['ethan-knight', '2025-08', 'left'],
    ['ruoming-pang', '2026-01', 'at-msl'],
    ['ruoming-pang', '2026-02', 'left'],
  ])('%s at the end of %s: %s', (id, month, status) => {
    expect(cohortStatus(data.people.find((p) => p.id === id)!, month)).toBe(status);
  });
});

describe('verification levels', () => {
  it('counts the people of the dossier by level', () => {
    expect(byVerification(data.people)).toEqual({ confirmed: 47, 'secondary-only': 14 });
    expect(byVerification(hiresIn(data, WAVE, { includeUndated: true }))).toEqual({ confirmed: 32, 'secondary-only': 11 });
  });
});
