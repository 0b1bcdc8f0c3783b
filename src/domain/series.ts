/**
 * The series the charts draw, computed from the validated dataset. Counting
 * follows the dossier: named people only, a hire counts in the week its hire
 * was first reported (a range or a month is placed at its first day, never on
 * an invented day), hires with no reported date are counted apart.
 */
import type { Dataset } from './dataset.ts';
import { compareDays, parsePartialDate, type CalendarDay, type PartialDate } from './partial-date.ts';
import { mondayOf, weeksBetween } from './weeks.ts';
import { dayNumber } from './partial-date.ts';
import type { Entry } from './schemas/index.ts';

type Person = Entry<'people'>;

export const WAVE = { from: { year: 2025, month: 6, day: 1 }, to: { year: 2025, month: 9, day: 30 } } as const;
export const OCTOBER = { from: { year: 2025, month: 10, day: 1 }, to: { year: 2025, month: 10, day: 31 } } as const;
export const YEAR_2025 = { from: { year: 2025, month: 1, day: 1 }, to: { year: 2025, month: 12, day: 31 } } as const;

export interface Window {
  from: CalendarDay;
  to: CalendarDay;
}

const inWindow = (d: CalendarDay, w: Window) => compareDays(d, w.from) >= 0 && compareDays(d, w.to) <= 0;

/** Group (chart colour role) each organisation counts under. */
export function groupOf(data: Dataset): (orgId: string | null) => string {
  const groups = new Map(data.organisations.map((o) => [o.id, o.group]));
  return (orgId) => (orgId === null ? 'other' : (groups.get(orgId) ?? 'other'));
}

export function hireDate(p: Person): PartialDate | null {
  return p.hireReported === null ? null : parsePartialDate(p.hireReported);
}

/** When the person left, as best known: the reported exit month if given, else the first report of it. */
export function departureDate(p: Person): PartialDate | null {
  if (!p.departure) return null;
  return parsePartialDate(p.departure.left ?? p.departure.reported);
}

/** Hires (category "hire") first reported inside the window, plus those with no reported date. */
export function hiresIn(data: Dataset, w: Window, { includeUndated }: { includeUndated: boolean }): Person[] {
  return data.people.filter((p) => {
    if (p.category !== 'hire') return false;
    const d = hireDate(p);
    return d === null ? includeUndated : inWindow(d.start, w);
  });
}

/** The summer 2025 cohort: everyone recruited in the wave, including recruits listed as departures. */
export function summerCohort(data: Dataset): Person[] {
  return data.people.filter((p) => p.cohort === 'summer-2025');
}

export function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** Hires by previous-employer group, June to September 2025, dated and undated. */
export function hiresByEmployer(data: Dataset, w: Window = WAVE): Record<string, number> {
  const group = groupOf(data);
  return countBy(hiresIn(data, w, { includeUndated: true }), (p) => group(p.previousEmployer));
}

export interface WeeklyHires {
  /** Day numbers of the Mondays, in order. */
  weeks: number[];
  /** Per group, hires per week (same length as weeks). */
  byGroup: Record<string, number[]>;
  /** Per group, hires in the window with no reported date. */
  undated: Record<string, number>;
  /** People per week, for tooltips and tables. */
  people: Person[][];
}

/** Hires per week of first report, stacked by previous employer. */
export function hiresPerWeek(data: Dataset, w: Window, groups: readonly string[]): WeeklyHires {
  const group = groupOf(data);
  const weeks = weeksBetween(w.from, w.to);
  const byGroup = Object.fromEntries(groups.map((g) => [g, weeks.map(() => 0)]));
  const undated = Object.fromEntries(groups.map((g) => [g, 0]));
  const people: Person[][] = weeks.map(() => []);
  for (const p of hiresIn(data, w, { includeUndated: true })) {
    const g = group(p.previousEmployer);
    if (!(g in byGroup)) throw new Error(`hiresPerWeek: group "${g}" of ${p.id} is not in the chart's groups`);
    const d = hireDate(p);
    if (d === null) {
      undated[g]! += 1;
      continue;
    }
    const i = weeks.indexOf(mondayOf(dayNumber(d.start)));
    byGroup[g]![i]! += 1;
    people[i]!.push(p);
  }
  return { weeks, byGroup, undated, people };
}

/** Running total of a weekly series. */
export function cumulative(values: number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

export interface MonthlyDepartures {
  /** "YYYY-MM" of each month. */
  months: string[];
  /** Summer recruits who left, per month. */
  summer: number[];
  /** Everyone else who left (joined Meta before the wave), per month. */
  earlier: number[];
  people: Person[][];
}

const monthKey = (d: CalendarDay) => `${d.year}-${String(d.month).padStart(2, '0')}`;

function monthsBetween(from: CalendarDay, to: CalendarDay): string[] {
  const out: string[] = [];
  for (let y = from.year, m = from.month; y < to.year || (y === to.year && m <= to.month); m === 12 ? ((m = 1), y++) : m++) {
    out.push(monthKey({ year: y, month: m, day: 1 }));
  }
  return out;
}

/** Departures per month they left (as best known), summer recruits against longer-serving staff. */
export function departuresPerMonth(data: Dataset, w: Window): MonthlyDepartures {
  const months = monthsBetween(w.from, w.to);
  const summer = months.map(() => 0);
  const earlier = months.map(() => 0);
  const people: Person[][] = months.map(() => []);
  for (const p of data.people) {
    const d = departureDate(p);
    if (d === null || !inWindow(d.start, w)) continue;
    const i = months.indexOf(monthKey(d.start));
    (p.cohort === 'summer-2025' ? summer : earlier)[i]! += 1;
    people[i]!.push(p);
  }
  return { months, summer, earlier, people };
}

/** People whose departure (as best known) falls in the window. */
export function departuresIn(data: Dataset, w: Window): Person[] {
  return data.people.filter((p) => {
    const d = departureDate(p);
    return d !== null && inWindow(d.start, w);
  });
}

/** Where the people who left in the window went; null destinations count as "undisclosed". */
export function destinations(data: Dataset, w: Window): Record<string, number> {
  return countBy(departuresIn(data, w), (p) => p.departure?.destination ?? 'undisclosed');
}

/** Where a summer recruit stands at a month end: not yet on record, at MSL, gone, or never started. */
export type CohortStatus = 'not-yet' | 'at-msl' | 'left' | 'never-started';

export interface CohortMonths {
  /** "YYYY-MM" of each month end. */
  months: string[];
  /** Summer recruits on record at MSL at each month end (see cohortStatus). */
  atMsl: number[];
  /** Size of the cohort, everyone recruited in the wave. */
  size: number;
}

/** Month (YYYY-MM) a date lies wholly within or before: the month of its last possible day. */
const endMonth = (d: PartialDate) => monthKey(d.end);

/**
 * The month from which a summer recruit is on record at MSL: the month their hire was first reported;
 * without one, the month their departure was reported (they had joined by then); and for recruits whose
 * move has no report date at all (an undated analysis, a late year-end list), the last month of the
 * wave, which the dossier counts them in. A start date is not a report: it never puts anyone on record.
 */
export function onRecordFrom(p: Person): string {
  const d = hireDate(p) ?? (p.departure ? parsePartialDate(p.departure.reported) : null);
  return d ? endMonth(d) : monthKey(WAVE.to);
}

/**
 * A summer recruit's standing at the end of a month (YYYY-MM). At MSL: on record by then (onRecordFrom)
 * and not reported gone by then. Someone reported never to have started is never at MSL.
 */
export function cohortStatus(p: Person, month: string): CohortStatus {
  if (p.neverStarted) return 'never-started';
  const gone = departureDate(p);
  if (gone !== null && monthKey(gone.start) <= month) return 'left';
  return onRecordFrom(p) <= month ? 'at-msl' : 'not-yet';
}

/** The summer cohort at MSL at each month end of the window, as far as reporting shows. */
export function cohortAtMonthEnds(data: Dataset, w: Window): CohortMonths {
  const cohort = summerCohort(data);
  const months = monthsBetween(w.from, w.to);
  const atMsl = months.map((m) => cohort.filter((p) => cohortStatus(p, m) === 'at-msl').length);
  return { months, atMsl, size: cohort.length };
}

/** Count of people per verification level. */
export function byVerification(people: Person[]): Record<string, number> {
  return countBy(people, (p) => p.verification);
}
