/** Hires per week of first report, June to October 2025, stacked by previous employer; undated hires apart. */
import { t, type Locale } from '../i18n/ui.ts';
import type { Dataset } from '../domain/dataset.ts';
import { formatDayNumber, formatPartialDate } from '../domain/format.ts';
import { cumulative, groupOf, hireDate, hiresPerWeek, OCTOBER, WAVE } from '../domain/series.ts';
import { nameCell } from './name-cell.ts';
import { verifiedSeries } from './verified.ts';
import type { ChartSpec, ChartView, ColourRole } from './types.ts';

export const waveGroups = ['openai', 'google', 'scale', 'apple', 'anthropic', 'startup', 'other'] as const satisfies readonly ColourRole[];

export function hiringWave(data: Dataset, locale: Locale): ChartSpec {
  const w = hiresPerWeek(data, { from: WAVE.from, to: OCTOBER.to }, waveGroups);
  const groups = waveGroups.filter((g) => w.byGroup[g]!.some((n) => n > 0) || w.undated[g]! > 0);
  const short = (day: number) => formatDayNumber(day, locale, { day: 'numeric', month: 'short' });
  const labels = [...w.weeks.map(short), t(locale, 'chart.undated')];
  const categoryDays = [...w.weeks, null];
  const group = groupOf(data);
  const undatedPeople = data.people.filter((p) => p.category === 'hire' && p.hireReported === null);
  const details = [
    ...w.people.map((ps) => ps.map((p) => `${p.name} (${formatPartialDate(hireDate(p), locale)})`)),
    undatedPeople.map((p) => p.name),
  ];
  const weekly: ChartView = {
    key: 'weekly',
    name: t(locale, 'chart.view.weekly'),
    indexAxis: 'x',
    stacked: true,
    labels,
    categoryDays,
    // Each employer's bar splits into confirmed (solid) and secondary-only (pale) people.
    series: groups.flatMap((g) => verifiedSeries({ key: g, label: t(locale, `group.${g}`), colour: g }, [...w.people, undatedPeople].map((ps) => ps.filter((p) => group(p.previousEmployer) === g)), locale)),
    summable: true,
    valueTitle: t(locale, 'chart.hiresPerWeek'),
    details,
    table: {
      head: [t(locale, 'table.week'), ...groups.map((g) => t(locale, `group.${g}`)), t(locale, 'table.total'), t(locale, 'table.namesDated')],
      rows: labels.map((label, i) => {
        const values = groups.map((g) => (i < w.weeks.length ? w.byGroup[g]![i]! : w.undated[g]!));
        return [label, ...values, values.reduce((a, b) => a + b, 0), nameCell(details[i]!, locale)];
      }),
    },
  };
  const totals = w.weeks.map((_, i) => groups.reduce((s, g) => s + w.byGroup[g]![i]!, 0));
  const running = cumulative(totals);
  const cumulativeView: ChartView = {
    key: 'cumulative',
    name: t(locale, 'chart.view.cumulative'),
    indexAxis: 'x',
    stacked: true,
    labels: w.weeks.map(short),
    categoryDays: w.weeks,
    // Running totals of the same split (a pale part only where a dated hire is secondary-only).
    series: weekly.series
      .map((s) => ({ ...s, data: cumulative(s.data.slice(0, w.weeks.length).map((n) => n ?? 0)) }))
      .filter((s) => s.tone === 'solid' || s.data.some((n) => n > 0)),
    summable: false,
    valueTitle: t(locale, 'chart.hires'),
    details: w.weeks.map((_, i) => [`${t(locale, 'table.total')}: ${running[i]}`]),
    table: {
      head: [t(locale, 'table.week'), t(locale, 'table.total')],
      rows: w.weeks.map((day, i) => [short(day), running[i]!]),
    },
  };
  const sources = [...new Set(data.people.filter((p) => p.category === 'hire').flatMap((p) => p.sources))];
  return { id: 'hiring-wave', locale, views: [weekly, cumulativeView], sources };
}
