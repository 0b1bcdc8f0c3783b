/**
 * The UI strings the browser's chart module needs (src/specs/describe.ts),
 * for one locale: ChartFigure.astro puts them in each chart's payload, so a
 * page ships its own edition's strings and only these, never the dictionaries
 * of ui.ts. A browser module that needs another string adds its key here.
 */
import { t, type Locale, type UiKey } from './ui.ts';

export const CHART_STRING_KEYS = [
  'chart.describe.view',
  'chart.describe.until',
  'chart.describe.total',
  'chart.describe.largest',
  'chart.describe.highlight',
  'chart.describe.mark',
  'chart.describe.noHighlight',
  'chart.outline.highlighted',
  'chart.outline.seriesTotal',
  'chart.outline.rest',
  'chart.outline.allZero',
  'chart.paleLegend',
  'step.label',
] as const satisfies readonly UiKey[];

export type ChartStringKey = (typeof CHART_STRING_KEYS)[number];
export type ChartStrings = Record<ChartStringKey, string>;

/** The chart module's strings in one locale, placeholders unfilled. */
export function chartStrings(locale: Locale): ChartStrings {
  return Object.fromEntries(CHART_STRING_KEYS.map((key) => [key, t(locale, key)])) as ChartStrings;
}
