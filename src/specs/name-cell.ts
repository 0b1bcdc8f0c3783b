/**
 * The names behind a bar, as one cell of a chart's data table (the path for
 * screen readers and readers without JavaScript), so the table tells what the
 * chart's tooltips tell.
 *
 *   nameCell(['Alexandr Wang (12 Juni 2025)', 'Jack Rae (12 Juni 2025)'], 'id')
 *   // 'Alexandr Wang (12 Juni 2025); Jack Rae (12 Juni 2025)'
 *   groupedNameCell([{ label: 'Terkonfirmasi di sumber', names: ['A'] }, { label: 'Hanya di salinan sekunder', names: ['B'] }], 'id')
 *   // 'Terkonfirmasi di sumber: A. Hanya di salinan sekunder: B.'
 */
import { t, type Locale } from '../i18n/ui.ts';

/**
 * Names one cell lists at most; beyond it the cell says how many more there
 * are, all of them in the data downloads. A page must not grow with the
 * dataset (docs/benchmark.md, finding 3); the real data's largest bar has 15.
 */
export const MAX_NAMES_IN_CELL = 20;

/** Names separated by semicolons (an English date has a comma), the ones beyond `max` counted. */
export function nameCell(names: readonly string[], locale: Locale, max = MAX_NAMES_IN_CELL): string {
  if (names.length <= max) return names.join('; ');
  return `${names.slice(0, max).join('; ')}; ${t(locale, 'table.moreNames', { n: names.length - max })}`;
}

/** Names under the label of their series, one sentence per series that has any, each capped as nameCell. */
export function groupedNameCell(groups: readonly { label: string; names: readonly string[] }[], locale: Locale, max = MAX_NAMES_IN_CELL): string {
  return groups
    .filter((g) => g.names.length > 0)
    .map((g) => `${g.label}: ${nameCell(g.names, locale, max)}.`)
    .join(' ');
}
