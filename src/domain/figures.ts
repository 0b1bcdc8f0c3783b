/**
 * Named numbers a story's prose can quote with <Num of="…" />, computed from
 * the data so the text and the charts cannot disagree. Every key carries its
 * meaning; the editor's guide lists them with their current values
 * (scripts/figure-keys.ts writes the table, a test keeps it current).
 */
import type { Dataset } from './dataset.ts';
import { departureFact } from './departure.ts';
import { parsePartialDate, type PartialDate } from './partial-date.ts';
import {
  byVerification,
  cohortAtMonthEnds,
  countBy,
  departureDate,
  departuresIn,
  departuresPerMonth,
  destinations,
  groupOf,
  hireDate,
  hiresByEmployer,
  hiresIn,
  OCTOBER,
  summerCohort,
  WAVE,
  YEAR_2025,
  type Window,
} from './series.ts';

export interface Figure {
  /** The key a story names: <Num of="wave.hires" />. */
  key: string;
  value: number;
  /** What the number counts, in one line, for the editor's guide. */
  meaning: string;
}

/** The departures chart and the month-end counts run from the wave's start to the last departure in the data. */
export const FIGURE_WINDOW: Window = { from: WAVE.from, to: { year: 2026, month: 2, day: 28 } };

const monthKey = (d: PartialDate) => `${d.start.year}-${String(d.start.month).padStart(2, '0')}`;
const monthIndex = (d: { year: number; month: number }) => d.year * 12 + d.month - 1;

const cache = new WeakMap<Dataset, Figure[]>();

/** Every figure, memoised per dataset object: a story quotes dozens of figures, computed once per build. */
export function figureList(data: Dataset): Figure[] {
  let result = cache.get(data);
  if (!result) cache.set(data, (result = computeFigures(data)));
  return result;
}

const byKey = new WeakMap<Dataset, Readonly<Record<string, number>>>();

/**
 * The figures by key, for <Num>: one frozen object per dataset. Every <Num> on every page asks for it, and
 * building it per call (thousands of keys at 6,000 people, 28,000 <Num>s at 1,000 stories) was the largest
 * single cost of rendering (docs/benchmark.md).
 */
export function figures(data: Dataset): Readonly<Record<string, number>> {
  let result = byKey.get(data);
  if (!result) byKey.set(data, (result = Object.freeze(Object.fromEntries(figureList(data).map((f) => [f.key, f.value])))));
  return result;
}

function computeFigures(data: Dataset): Figure[] {
  const out: Figure[] = [];
  const add = (key: string, value: number, meaning: string) => out.push({ key, value, meaning });
  const group = groupOf(data);

  add('people', data.people.length, 'People in the dataset (content/data/people.yaml).');
  add('events', data.events.length, 'Dated events in the dataset (content/data/events.yaml).');
  add('sources', data.sources.length, 'Source pages the facts were read from (content/data/sources.yaml).');

  // Hires of the wave, June to September 2025.
  const wave = hiresIn(data, WAVE, { includeUndated: true });
  const dated = wave.filter((p) => hireDate(p) !== null);
  const undated = wave.filter((p) => hireDate(p) === null);
  add('wave.hires', wave.length, 'Hires first reported June to September 2025, with those whose report has no date.');
  add('wave.dated', dated.length, 'Hires of the wave with a date of first report.');
  add('wave.undated', undated.length, 'Hires of the wave with no date of first report.');
  add('wave.undated.noDates', undated.filter((p) => p.started === null).length, 'Undated hires with no start date either (known only from an undated analysis).');
  add('wave.undated.startKnown', undated.filter((p) => p.started !== null).length, 'Undated hires whose start month is reported, though not when the move was first reported.');
  const verification = byVerification(wave);
  add('wave.confirmed', verification['confirmed'] ?? 0, 'Hires of the wave confirmed on an original source page.');
  add('wave.secondary', verification['secondary-only'] ?? 0, 'Hires of the wave found only in secondary copies or summaries.');
  for (const [g, n] of Object.entries(hiresByEmployer(data))) add(`wave.from.${g}`, n, `Hires of the wave whose previous employer counts under "${g}".`);
  const byMonth = new Map<string, typeof dated>();
  for (const p of dated) {
    const k = monthKey(hireDate(p)!);
    byMonth.set(k, [...(byMonth.get(k) ?? []), p]);
  }
  for (const [k, people] of [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1))) {
    add(`wave.month.${k}`, people.length, `Hires of the wave first reported in ${k} (a range counts in the month it starts).`);
    for (const [g, n] of Object.entries(countBy(people, (p) => group(p.previousEmployer)))) {
      add(`wave.month.${k}.from.${g}`, n, `Hires first reported in ${k} whose previous employer counts under "${g}".`);
    }
  }
  for (const e of data.events) {
    if (e.tally) add(`tally.${e.tally.by.toLowerCase()}`, e.tally.count, `The head count ${e.tally.by} gave (${e.tally.qualifier}), event ${e.id}: ${e.tally.whatEn}.`);
  }
  add('october.hires', hiresIn(data, OCTOBER, { includeUndated: false }).length, 'Hires first reported in October 2025.');

  // The summer cohort: the wave's hires plus recruits of the same season listed as departures.
  const cohort = summerCohort(data);
  add('cohort.size', cohort.length, 'Everyone recruited in the summer 2025 wave, including recruits listed as departures.');
  add('cohort.neverStarted', cohort.filter((p) => p.neverStarted).length, 'Summer recruits reported never to have started.');
  const left2025 = departuresIn(data, YEAR_2025);
  add('cohort.left2025', left2025.filter((p) => p.cohort === 'summer-2025').length, 'Summer recruits whose departure falls in 2025.');
  const atMsl = cohortAtMonthEnds(data, FIGURE_WINDOW);
  atMsl.months.forEach((m, i) =>
    add(`cohort.atMsl.${m}`, atMsl.atMsl[i]!, `Summer recruits on record at MSL at the end of ${m}: reported hired by then, not reported gone by then, never counting one who never started.`),
  );

  // Departures.
  const all = data.people.filter((p) => p.departure !== null);
  add('departures', all.length, 'Everyone in the dataset with a reported departure (or reported plan to leave), any year.');
  add('departures.planned', all.filter((p) => departureFact(p)!.kind === 'planned').length, 'Departures that are a reported plan to leave, with no exit date.');
  const years = countBy(all, (p) => String(departureDate(p)!.start.year));
  for (const [y, n] of Object.entries(years).sort()) add(`departures.${y}`, n, `Departures (left, or first reported) in ${y}.`);
  add('departures.2025.summer', left2025.filter((p) => p.cohort === 'summer-2025').length, 'Departures in 2025 of summer recruits.');
  add('departures.2025.earlier', left2025.filter((p) => p.cohort !== 'summer-2025').length, 'Departures in 2025 of people at Meta before the wave.');
  const monthly = departuresPerMonth(data, FIGURE_WINDOW);
  monthly.months.forEach((m, i) => {
    const n = monthly.summer[i]! + monthly.earlier[i]!;
    if (n === 0) return;
    add(`departures.month.${m}`, n, `Departures in ${m} (month left, or of the first report).`);
    add(`departures.month.${m}.earlier`, monthly.earlier[i]!, `Departures in ${m} of people at Meta before the wave.`);
    add(`departures.month.${m}.approximate`, monthly.people[i]!.filter((p) => departureDate(p)!.approximate).length, `Departures counted in ${m} whose date is only approximate ("~").`);
  });
  for (const [dest, n] of Object.entries(destinations(data, FIGURE_WINDOW)).sort()) {
    add(`departures.to.${dest}`, n, dest === 'undisclosed' ? 'Departures with no reported destination.' : `Departures to ${dest}.`);
  }

  // Tenure: whole calendar months from the start month to the month of leaving (or of its first report).
  for (const p of all) {
    if (p.started === null) continue;
    const start = parsePartialDate(p.started);
    const gone = departureDate(p)!;
    add(`tenure.${p.id}`, monthIndex(gone.start) - monthIndex(start.start), `Calendar months from ${p.name}'s start month to the month they left (or it was first reported).`);
  }
  return out;
}
