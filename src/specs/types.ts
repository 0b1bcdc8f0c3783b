/**
 * What a chart is, as plain JSON: the server computes it from the data, the
 * page embeds it, the client only draws it. A scrolly step is a StepState
 * applied to one of the chart's views.
 */
import type { ColourRole } from '../domain/palette.ts';

export type { ColourRole };

export interface Series {
  key: string;
  label: string;
  /** One colour role for the series, or one per category. */
  colour: ColourRole | ColourRole[];
  /** "light" draws a paler, hatched fill (used for secondary-only facts and undated hires). */
  tone: 'solid' | 'light';
  data: (number | null)[];
}

export interface DataTable {
  head: string[];
  rows: (string | number)[][];
}

export interface ChartView {
  key: string;
  /** Name of the view for screen readers ("per pekan", "tujuan"). */
  name: string;
  indexAxis: 'x' | 'y';
  stacked: boolean;
  labels: string[];
  /** Day number where each category starts (dated categories only; null for e.g. "date unknown"). */
  categoryDays: (number | null)[] | null;
  series: Series[];
  valueTitle: string;
  /** Whether values add up to a meaningful total (false for running totals, head counts, tallies). */
  summable: boolean;
  /**
   * Extra tooltip lines per category (names, date precision). They grow with
   * the dataset, so pages do not carry them: the client fetches them from
   * /charts/<id>.details.json (see DrawnView).
   */
  details: string[][];
  table: DataTable;
}

/** What a page embeds of a view to draw it: everything but the tooltip details. */
export type DrawnView = Omit<ChartView, 'details'>;

/** The tooltip lines of a chart's views, by view key: the body of /charts/<id>.details.json. */
export type ChartDetails = Record<string, string[][]>;

export interface ChartSpec {
  id: string;
  locale: 'id' | 'en';
  views: ChartView[];
  /** Source ids behind every number in the chart. */
  sources: string[];
}

/** What a step changes; every field is optional and the defaults show the full view. */
export interface StepState {
  /** Key of the view to show; the chart's first view by default. */
  view?: string;
  /** Series keys (or category labels) to emphasise; the rest are dimmed. */
  highlight?: string[];
  /** ISO date: dated categories that start after it are left empty. */
  until?: string;
  /** ISO date to mark with a vertical rule, and its label. */
  mark?: string;
  markLabel?: string;
  /** Fix the value axis maximum, so growth reads against a stable scale. */
  max?: number;
}
