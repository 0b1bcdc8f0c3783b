/** The one-line credit under a chart: how many reports, and the outlets that did the original reporting, most-cited first. */
import { t, type Locale } from '../i18n/ui.ts';
import type { Dataset } from './dataset.ts';
import { formatNumber } from './format.ts';

export function sourceLine(sourceIds: string[], sources: Dataset['sources'], locale: Locale, shown = 6): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const counts = new Map<string, number>();
  for (const id of sourceIds) {
    const s = byId.get(id);
    if (s) counts.set(s.original ?? s.publisher, (counts.get(s.original ?? s.publisher) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const more = ranked.length > shown ? t(locale, 'figure.sourceMore', { n: formatNumber(ranked.length - shown, locale) }) : '';
  return `${t(locale, 'figure.source')}: ${t(locale, 'figure.sourceLine', { n: formatNumber(sourceIds.length, locale), outlets: ranked.slice(0, shown).join(', ') })}${more}.`;
}
