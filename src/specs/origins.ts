/** Where the summer hires came from, confirmed and secondary-only facts apart; and the tallies outlets gave. */
import { t, type Locale } from '../i18n/ui.ts';
import type { Dataset } from '../domain/dataset.ts';
import { formatPartialDate } from '../domain/format.ts';
import { parsePartialDate } from '../domain/partial-date.ts';
import { groupOf, hiresIn, WAVE } from '../domain/series.ts';
import { waveGroups } from './hiring-wave.ts';
import { groupedNameCell } from './name-cell.ts';
import type { ChartSpec, ChartView, ColourRole } from './types.ts';

export function origins(data: Dataset, locale: Locale): ChartSpec {
  const group = groupOf(data);
  const hires = hiresIn(data, WAVE, { includeUndated: true });
  const count = (g: string, level: string) => hires.filter((p) => group(p.previousEmployer) === g && p.verification === level).length;
  const groups = waveGroups
    .filter((g) => hires.some((p) => group(p.previousEmployer) === g))
    .sort((a, b) => count(b, 'confirmed') + count(b, 'secondary-only') - (count(a, 'confirmed') + count(a, 'secondary-only')));
  const labels = groups.map((g) => t(locale, `group.${g}`));
  const names = (g: string, level: string) => hires.filter((p) => group(p.previousEmployer) === g && p.verification === level).map((p) => p.name);
  const byEmployer: ChartView = {
    key: 'employers',
    name: t(locale, 'table.group'),
    indexAxis: 'y',
    stacked: true,
    labels,
    categoryDays: null,
    series: [
      { key: 'confirmed', label: t(locale, 'chart.confirmed'), colour: [...groups], tone: 'solid', data: groups.map((g) => count(g, 'confirmed')) },
      { key: 'secondary-only', label: t(locale, 'chart.secondary'), colour: [...groups], tone: 'light', data: groups.map((g) => count(g, 'secondary-only')) },
    ],
    summable: true,
    valueTitle: t(locale, 'chart.hires'),
    details: groups.map((g) => hires.filter((p) => group(p.previousEmployer) === g).map((p) => p.name)),
    table: {
      head: [t(locale, 'table.group'), t(locale, 'chart.confirmed'), t(locale, 'chart.secondary'), t(locale, 'table.total'), t(locale, 'table.names')],
      rows: groups.map((g, i) => [
        labels[i]!,
        count(g, 'confirmed'),
        count(g, 'secondary-only'),
        count(g, 'confirmed') + count(g, 'secondary-only'),
        groupedNameCell(
          [
            { label: t(locale, 'chart.confirmed'), names: names(g, 'confirmed') },
            { label: t(locale, 'chart.secondary'), names: names(g, 'secondary-only') },
          ],
          locale,
        ),
      ]),
    },
  };

  const tallied = data.events.filter((e) => e.tally !== null);
  const tallyLabel = (e: (typeof tallied)[number]) =>
    `${e.tally!.by}, ${formatPartialDate(parsePartialDate(e.date), locale)}: ${t(locale, `qualifier.${e.tally!.qualifier}`, { n: e.tally!.count })}`;
  const tallyLabels = [...tallied.map(tallyLabel), `${t(locale, 'chart.thisData')}: ${hires.length}`];
  const colours: ColourRole[] = [...tallied.map((): ColourRole => 'other'), 'meta'];
  const tallies: ChartView = {
    key: 'tallies',
    name: t(locale, 'table.source'),
    indexAxis: 'y',
    stacked: false,
    labels: tallyLabels,
    categoryDays: null,
    series: [{ key: 'count', label: t(locale, 'table.count'), colour: colours, tone: 'solid', data: [...tallied.map((e) => e.tally!.count), hires.length] }],
    summable: false,
    valueTitle: t(locale, 'chart.people'),
    details: [...tallied.map((e) => [locale === 'id' ? e.tally!.what : e.tally!.whatEn]), []],
    table: {
      head: [t(locale, 'table.source'), t(locale, 'table.count'), t(locale, 'table.counted')],
      rows: tallyLabels.map((l, i) => [
        l,
        i < tallied.length ? tallied[i]!.tally!.count : hires.length,
        i < tallied.length ? (locale === 'id' ? tallied[i]!.tally!.what : tallied[i]!.tally!.whatEn) : '',
      ]),
    },
  };
  const sources = [...new Set([...hires.flatMap((p) => p.sources), ...tallied.flatMap((e) => e.sources)])];
  return { id: 'origins', locale, views: [byEmployer, tallies], sources };
}
