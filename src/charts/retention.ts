/** The summer cohort still at MSL at each month end, as far as reporting shows. */
import { t, type Locale } from '../i18n/ui.ts';
import type { Dataset } from '../lib/dataset.ts';
import { formatMonth, formatPartialDate } from '../lib/format.ts';
import { dayNumber } from '../lib/partial-date.ts';
import { cohortRemaining, departureDate, summerCohort } from '../lib/series.ts';
import { DEPARTURE_WINDOW } from './departures.ts';
import { nameCell } from './name-cell.ts';
import type { ChartSpec, ChartView } from './types.ts';

export function retention(data: Dataset, locale: Locale): ChartSpec {
  const r = cohortRemaining(data, DEPARTURE_WINDOW);
  const labels = r.months.map((k) => formatMonth(k, locale, { month: 'short', year: 'numeric' }));
  const cohort = summerCohort(data);
  const leftIn = (key: string) => cohort.filter((p) => {
    const d = departureDate(p);
    return d !== null && `${d.start.year}-${String(d.start.month).padStart(2, '0')}` === key;
  });
  const view: ChartView = {
    key: 'remaining',
    name: t(locale, 'chart.remaining'),
    indexAxis: 'x',
    stacked: false,
    labels,
    categoryDays: r.months.map((k) => dayNumber({ year: Number(k.slice(0, 4)), month: Number(k.slice(5)), day: 1 })),
    series: [{ key: 'remaining', label: t(locale, 'chart.remaining'), colour: 'meta', tone: 'solid', data: r.remaining }],
    summable: false,
    valueTitle: t(locale, 'chart.people'),
    details: r.months.map((k) => leftIn(k).map((p) => `− ${p.name}`)),
    table: {
      head: [t(locale, 'table.month'), t(locale, 'chart.remaining'), t(locale, 'table.leftDated')],
      rows: labels.map((l, i) => [
        l,
        r.remaining[i]!,
        nameCell(
          leftIn(r.months[i]!).map((p) => `${p.name} (${formatPartialDate(departureDate(p), locale)})`),
          locale,
        ),
      ]),
    },
  };
  return { id: 'retention', locale, views: [view], sources: [...new Set(cohort.flatMap((p) => p.sources))] };
}
