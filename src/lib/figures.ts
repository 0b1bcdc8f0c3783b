/**
 * Named numbers a story's prose can quote with <Num of="…" />, computed from
 * the data so the text and the charts cannot disagree.
 */
import type { Dataset } from './dataset.ts';
import { byVerification, cohortRemaining, departuresIn, departuresPerMonth, destinations, hiresByEmployer, hiresIn, OCTOBER, summerCohort, WAVE, YEAR_2025 } from './series.ts';

const cache = new WeakMap<Dataset, Record<string, number>>();

/** Memoised per dataset object: a story quotes dozens of figures, computed once per build. */
export function figures(data: Dataset): Record<string, number> {
  let result = cache.get(data);
  if (!result) cache.set(data, (result = computeFigures(data)));
  return result;
}

function computeFigures(data: Dataset): Record<string, number> {
  const wave = hiresIn(data, WAVE, { includeUndated: true });
  const byEmployer = hiresByEmployer(data);
  const cohort = summerCohort(data);
  const left2025 = departuresIn(data, YEAR_2025);
  const window = { from: WAVE.from, to: { year: 2026, month: 2, day: 28 } };
  const monthly = departuresPerMonth(data, window);
  const remaining = cohortRemaining(data, window);
  const august = monthly.months.indexOf('2025-08');
  const dest = destinations(data, window);
  const verification = byVerification(wave);
  return {
    people: data.people.length,
    events: data.events.length,
    sources: data.sources.length,
    'wave.hires': wave.length,
    'wave.dated': wave.filter((p) => p.hireReported !== null).length,
    'wave.undated': wave.filter((p) => p.hireReported === null).length,
    'wave.confirmed': verification['confirmed'] ?? 0,
    'wave.secondary': verification['secondary-only'] ?? 0,
    ...Object.fromEntries(Object.entries(byEmployer).map(([g, n]) => [`wave.from.${g}`, n])),
    'october.hires': hiresIn(data, OCTOBER, { includeUndated: false }).length,
    'cohort.size': cohort.length,
    'cohort.left2025': left2025.filter((p) => p.cohort === 'summer-2025').length,
    'cohort.remaining.2025-12': remaining.remaining[remaining.months.indexOf('2025-12')]!,
    'cohort.remaining.2026-02': remaining.remaining[remaining.months.indexOf('2026-02')]!,
    'departures.2025': left2025.length,
    'departures.2025.earlier': left2025.filter((p) => p.cohort !== 'summer-2025').length,
    'departures.august': monthly.summer[august]! + monthly.earlier[august]!,
    'departures.august.earlier': monthly.earlier[august]!,
    'departures.to.openai': dest['openai'] ?? 0,
    'departures.undisclosed': dest['undisclosed'] ?? 0,
  };
}
