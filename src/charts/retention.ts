/** The summer cohort still at MSL at each month end, as far as reporting shows. */
import { t, type Locale } from '../i18n/ui.ts';
import type { Dataset } from '../lib/dataset.ts';
import { formatMonth } from '../lib/format.ts';
import { dayNumber } from '../lib/partial-date.ts';
import { cohortAtMonthEnds, cohortStatus, summerCohort } from '../lib/series.ts';
import { DEPARTURE_WINDOW } from './departures.ts';
import type { ChartSpec, ChartView } from './types.ts';

export function retention(data: Dataset, locale: Locale): ChartSpec {
  const r = cohortAtMonthEnds(data, DEPARTURE_WINDOW);
  const labels = r.months.map((k) => formatMonth(k, locale, { month: 'short', year: 'numeric' }));
  const cohort = summerCohort(data);
  // Who changes standing at each month end: on record at MSL from then (+), or gone by then (−).
  const prev = (i: number) => (i === 0 ? null : r.months[i - 1]!);
  const changes = r.months.map((k, i) =>
    cohort.flatMap((p) => {
      const now = cohortStatus(p, k);
      const before = prev(i) === null ? 'not-yet' : cohortStatus(p, prev(i)!);
      if (now === before) return [];
      if (now === 'at-msl') return [`+ ${p.name}`];
      if (before === 'at-msl') return [`− ${p.name}`];
      return [];
    }),
  );
  const view: ChartView = {
    key: 'remaining',
    name: t(locale, 'chart.remaining'),
    indexAxis: 'x',
    stacked: false,
    labels,
    categoryDays: r.months.map((k) => dayNumber({ year: Number(k.slice(0, 4)), month: Number(k.slice(5)), day: 1 })),
    series: [{ key: 'remaining', label: t(locale, 'chart.remaining'), colour: 'meta', tone: 'solid', data: r.atMsl }],
    summable: false,
    valueTitle: t(locale, 'chart.people'),
    details: changes,
    table: { head: [t(locale, 'table.month'), t(locale, 'chart.remaining')], rows: labels.map((l, i) => [l, r.atMsl[i]!]) },
  };
  return { id: 'retention', locale, views: [view], sources: [...new Set(cohort.flatMap((p) => p.sources))] };
}
