/**
 * A view's legend, as the page (ChartFigure.astro) and the pictures
 * (src/render) draw it: one entry per series, but a series' pale part has no
 * entry of its own; one entry, "pale: secondary copies only", explains every
 * pale part. A view with one series and nothing pale has no legend; a unit
 * chart, whose bands are labelled in the drawing, has only the pale entry.
 */
import { t, type Locale } from '../i18n/ui.ts';
import type { ChartView, ColourRole, DrawnView } from './types.ts';

export interface LegendEntry {
  label: string;
  colour: ColourRole;
  tone: 'solid' | 'light' | 'range';
}

export function legendEntries(view: DrawnView | ChartView, locale: Locale): LegendEntry[] {
  const own = view.series.filter((s) => s.of === undefined);
  const pale = view.series.some((s) => s.of !== undefined && s.data.some((v) => v !== null && v !== 0));
  // A unit chart names its bands in the drawing (their headings): its legend only explains the pale marks.
  const entries: LegendEntry[] = own.length > 1 && !view.units ? own.map((s) => ({ label: s.label, colour: Array.isArray(s.colour) ? 'other' : s.colour, tone: s.tone })) : [];
  if (pale) entries.push({ label: t(locale, 'chart.paleLegend'), colour: 'other', tone: 'light' });
  return entries;
}
