/**
 * A view's legend, as the page (ChartFigure.astro) and the pictures
 * (src/render) draw it: one entry per series, but a series' pale part has no
 * entry of its own; one entry, "pale: secondary copies only", explains every
 * pale part. A view with one series and nothing pale has no legend.
 */
import { t, type Locale } from '../i18n/ui.ts';
import type { ChartView, ColourRole, DrawnView } from './types.ts';

export interface LegendEntry {
  label: string;
  colour: ColourRole;
  /** How the swatch is drawn; "ring" for people a unit chart draws as rings (never at MSL). */
  tone: 'solid' | 'light' | 'range' | 'ring';
}

export function legendEntries(view: DrawnView | ChartView, locale: Locale): LegendEntry[] {
  const own = view.series.filter((s) => s.of === undefined);
  const pale = view.series.some((s) => s.of !== undefined && s.data.some((v) => v !== null && v !== 0));
  const entries: LegendEntry[] = own.length > 1 || view.units ? own.map((s) => ({ label: s.label, colour: Array.isArray(s.colour) ? (view.units ? (s.colour.find((_, i) => s.data[i] != null) ?? 'other') : 'other') : s.colour, tone: view.units && s.key === 'never-started' ? 'ring' : s.tone })) : [];
  if (pale) entries.push({ label: t(locale, 'chart.paleLegend'), colour: 'other', tone: 'light' });
  return entries;
}
