/** The summer cohort still at MSL at each month end, as far as reporting shows. */
import { t, type Locale } from '../i18n/ui.ts';
import type { Dataset } from '../domain/dataset.ts';
import { formatMonth, formatPartialDate } from '../domain/format.ts';
import { dayNumber, parsePartialDate } from '../domain/partial-date.ts';
import { departureFact } from '../domain/departure.ts';
import { cohortAtMonthEnds, cohortStatus, hireDate, summerCohort } from '../domain/series.ts';
import { DEPARTURE_WINDOW } from './departures.ts';
import { nameCell } from './name-cell.ts';
import type { ChartSpec, ChartView } from './types.ts';

export function retention(data: Dataset, locale: Locale): ChartSpec {
  const r = cohortAtMonthEnds(data, DEPARTURE_WINDOW);
  const labels = r.months.map((k) => formatMonth(k, locale, { month: 'short', year: 'numeric' }));
  const cohort = summerCohort(data);
  // Who changes standing at each month end: on record at MSL from then (+, with the date of the report), or gone (−).
  const prev = (i: number) => (i === 0 ? null : r.months[i - 1]!);
  const changes = r.months.map((k, i) =>
    cohort.flatMap((p) => {
      const now = cohortStatus(p, k);
      const before = prev(i) === null ? 'not-yet' : cohortStatus(p, prev(i)!);
      if (now === before) return [];
      if (now === 'at-msl') return [`+ ${p.name} (${formatPartialDate(hireDate(p) ?? (p.started ? parsePartialDate(p.started) : null), locale)})`];
      if (before === 'at-msl') {
        const fact = departureFact(p)!;
        return [`− ${p.name} (${t(locale, `departure.${fact.kind}`, { date: formatPartialDate(parsePartialDate(fact.date), locale) })})`];
      }
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
    table: {
      head: [t(locale, 'table.month'), t(locale, 'chart.remaining'), t(locale, 'table.changes')],
      rows: labels.map((l, i) => [l, r.atMsl[i]!, nameCell(changes[i]!, locale)]),
    },
  };
  return { id: 'retention', locale, views: [view], sources: [...new Set(cohort.flatMap((p) => p.sources))] };
}
