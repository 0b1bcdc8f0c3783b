/** Who left: departures per month (summer recruits against earlier staff) and where they went. */
import { t, type Locale } from '../i18n/ui.ts';
import type { Dataset } from '../domain/dataset.ts';
import { formatMonth, formatPartialDate } from '../domain/format.ts';
import { dayNumber, parsePartialDate } from '../domain/partial-date.ts';
import { departureFact } from '../domain/departure.ts';
import { departuresIn, departuresPerMonth, destinations, WAVE } from '../domain/series.ts';
import { groupedNameCell, nameCell } from './name-cell.ts';
import { isPale, verifiedSeries } from './verified.ts';
import { tenureRange } from './tenure.ts';
import type { ChartSpec, ChartView, ColourRole } from './types.ts';

export const DEPARTURE_WINDOW = { from: WAVE.from, to: { year: 2026, month: 2, day: 28 } } as const;

/**
 * Bars of the destinations view at most: beyond it the smallest destinations
 * share one bar ("12 other destinations"), in the table too. A chart of
 * hundreds of one-person bars cannot be read, and the page would grow with
 * the dataset; every destination is in the data downloads (/data/).
 */
export const MAX_DESTINATIONS = 10;

export function departures(data: Dataset, locale: Locale): ChartSpec {
  const m = departuresPerMonth(data, DEPARTURE_WINDOW);
  const labels = m.months.map((k) => formatMonth(k, locale, { month: 'short', year: 'numeric' }));
  // "Aurko Roy (keluar Juli 2025)", "Yann LeCun (rencana keluar, dilaporkan 11 November 2025)": a plan never reads as an exit.
  const dated = (p: (typeof m.people)[number][number]) => {
    const fact = departureFact(p)!;
    return `${p.name} (${t(locale, `departure.${fact.kind}`, { date: formatPartialDate(parsePartialDate(fact.date), locale) })})`;
  };
  const perMonth: ChartView = {
    key: 'monthly',
    name: t(locale, 'table.month'),
    indexAxis: 'x',
    stacked: true,
    labels,
    categoryDays: m.months.map((k) => dayNumber({ year: Number(k.slice(0, 4)), month: Number(k.slice(5)), day: 1 })),
    series: [
      ...verifiedSeries({ key: 'summer', label: t(locale, 'chart.summer'), colour: 'meta' }, m.people.map((ps) => ps.filter((p) => p.cohort === 'summer-2025')), locale),
      ...verifiedSeries({ key: 'earlier', label: t(locale, 'chart.earlier'), colour: 'other' }, m.people.map((ps) => ps.filter((p) => p.cohort !== 'summer-2025')), locale),
    ],
    summable: true,
    valueTitle: t(locale, 'chart.departures'),
    details: m.people.map((ps) => ps.map(dated)),
    table: {
      head: [t(locale, 'table.month'), t(locale, 'chart.summer'), t(locale, 'chart.earlier'), t(locale, 'table.namesDated')],
      rows: labels.map((l, i) => [
        l,
        m.summer[i]!,
        m.earlier[i]!,
        groupedNameCell(
          [
            { label: t(locale, 'chart.summer'), names: m.people[i]!.filter((p) => p.cohort === 'summer-2025').map(dated) },
            { label: t(locale, 'chart.earlier'), names: m.people[i]!.filter((p) => p.cohort !== 'summer-2025').map(dated) },
          ],
          locale,
        ),
      ]),
    },
  };

  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const all = Object.entries(destinations(data, DEPARTURE_WINDOW)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const leavers = departuresIn(data, DEPARTURE_WINDOW);
  // The largest destinations, and the rest folded into one bar under the key OTHER.
  const OTHER = '\u0000other';
  const shown = all.length > MAX_DESTINATIONS ? all.slice(0, MAX_DESTINATIONS - 1) : all;
  const rest = all.slice(shown.length);
  const counts = rest.length ? [...shown, [OTHER, rest.reduce((sum, [, n]) => sum + n, 0)] as [string, number]] : shown;
  const folded = new Set(rest.map(([id]) => id));
  const destOf = (id: string) => (folded.has(id) ? OTHER : id);
  const destLabel = (id: string) =>
    id === OTHER ? t(locale, 'chart.otherDestinations', { n: rest.length }) : id === 'undisclosed' ? t(locale, 'chart.undisclosed') : (orgs.get(id)?.short ?? id);
  const destColour = (id: string): ColourRole => orgs.get(id)?.colour ?? 'other';
  const whereDetails = counts.map(([id]) => leavers.filter((p) => destOf(p.departure?.destination ?? 'undisclosed') === id).map((p) => p.name));
  const where: ChartView = {
    key: 'destinations',
    name: t(locale, 'table.destination'),
    indexAxis: 'y',
    stacked: false,
    labels: counts.map(([id]) => destLabel(id)),
    categoryDays: null,
    series: verifiedSeries(
      { key: 'count', label: t(locale, 'chart.people'), colour: counts.map(([id]) => destColour(id)) },
      counts.map(([id]) => leavers.filter((p) => destOf(p.departure?.destination ?? 'undisclosed') === id)),
      locale,
    ),
    summable: true,
    valueTitle: t(locale, 'chart.people'),
    details: whereDetails,
    table: {
      head: [t(locale, 'table.destination'), t(locale, 'table.count'), t(locale, 'table.names')],
      rows: counts.map(([id, n], i) => [destLabel(id), n, nameCell(whereDetails[i]!, locale)]),
    },
  };
  // How long those who left had been at Meta: only people with a reported start date, as a range the partial dates leave open.
  const timed = leavers
    .filter((p) => p.started !== null)
    .map((p) => ({ p, range: tenureRange(p)! }))
    .sort((a, b) => b.range.max - a.range.max || a.p.name.localeCompare(b.p.name));
  const colourOf = timed.map(({ p }): ColourRole => (p.cohort === 'summer-2025' ? 'meta' : 'other'));
  const readRange = (r: { min: number; max: number }) => t(locale, 'chart.tenure.read', { min: Math.round(r.min), max: Math.round(r.max) });
  const startText = (p: (typeof timed)[number]['p']) => formatPartialDate(parsePartialDate(p.started!), locale);
  const tenure: ChartView = {
    key: 'tenure',
    name: t(locale, 'chart.view.tenure'),
    indexAxis: 'y',
    stacked: true,
    labels: timed.map(({ p }) => p.name),
    categoryDays: null,
    series: [
      { key: 'atLeast', label: t(locale, 'chart.tenure.atLeast'), colour: colourOf, tone: 'solid', data: timed.map(({ p, range }) => (isPale(p) ? null : range.min)) },
      ...(timed.some(({ p }) => isPale(p))
        ? [{ key: 'atLeast:secondary', of: 'atLeast', label: `${t(locale, 'chart.tenure.atLeast')} (${t(locale, 'chart.secondaryShort')})`, colour: colourOf, tone: 'light' as const, data: timed.map(({ p, range }) => (isPale(p) ? range.min : null)) }]
        : []),
      { key: 'range', label: t(locale, 'chart.tenure.range'), colour: colourOf, tone: 'range', data: timed.map(({ range }) => Math.round((range.max - range.min) * 10) / 10) },
    ],
    summable: false,
    valueTitle: t(locale, 'chart.tenure.months'),
    summaries: timed.map(({ range }) => readRange(range)),
    details: timed.map(({ p, range }) => [`${t(locale, 'table.started')}: ${startText(p)}`, `${dated(p)}`, readRange(range)]),
    table: {
      head: [t(locale, 'table.person'), t(locale, 'table.started'), t(locale, 'table.left'), t(locale, 'table.tenure'), t(locale, 'table.verification')],
      rows: timed.map(({ p, range }) => {
        const fact = departureFact(p)!;
        return [
          p.name,
          startText(p),
          t(locale, `departure.${fact.kind}`, { date: formatPartialDate(parsePartialDate(fact.date), locale) }),
          readRange(range),
          t(locale, isPale(p) ? 'chart.secondary' : 'chart.confirmed'),
        ];
      }),
    },
  };
  return { id: 'departures', locale, views: [perMonth, where, tenure], sources: [...new Set(leavers.flatMap((p) => p.sources))] };
}
