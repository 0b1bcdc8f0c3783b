/**
 * What a chart is, as plain JSON: the server computes it from the data, the
 * page embeds it, the client only draws it. A scrolly step is a StepState
 * applied to one of the chart's views.
 */
import type { ColourRole } from '../domain/palette.ts';
import type { ChartStrings } from '../i18n/chart-strings.ts';

export type { ColourRole };

export interface Series {
  key: string;
  label: string;
  /** One colour role for the series, or one per category. */
  colour: ColourRole | ColourRole[];
  /**
   * "light" draws a paler, outlined fill: facts found only in secondary copies (the one legend entry
   * "pale" explains it). "range" draws a thin bar: the span a partial date leaves open (tenure).
   */
  tone: 'solid' | 'light' | 'range';
  data: (number | null)[];
  /**
   * The series this one is the secondary-only part of (its key): highlighting and the legend treat the
   * two as one, and the legend has a single entry for every pale part.
   */
  of?: string;
}

/** A unit chart: one mark per person, in bands by status (ChartView.units). */
export interface Units {
  /** The bands from top to bottom, each with its heading and how many marks it holds. */
  groups: { key: string; label: string; count: number }[];
  /** Columns of the grid every band lays its marks in. */
  columns: number;
  /** One per category (person), in the order of labels: its band, column and row (rows count from the top, over all bands). */
  marks: { group: string; col: number; row: number }[];
  /** Rows in all, headings included (rows may be fractional: a band of one-person rows spaces them wider). */
  rows: number;
  /** The row of each band's heading, in the order of groups. */
  headingRows: number[];
  /** Short note beside a mark while it is highlighted ("Ethan Knight, dilaporkan 26–27 Agustus 2025"); empty for none. */
  notes: string[];
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
  /** Set for a unit chart (one mark per person, drawn as points): labels are then the people. */
  units?: Units;
  /** How each category's value reads aloud, when its number alone would mislead ("4–5 bulan" for a range). */
  summaries?: string[];
}

/** What the browser gets of a view to draw it: everything but the tooltip details and the data table (the page has it as HTML). */
export type DrawnView = Omit<ChartView, 'details' | 'table'>;

/**
 * The body of /charts/<id>.views.json (src/site/charts.ts, viewsFileJson): what <chart-figure> draws from, shared by
 * every page of an edition that shows the chart. `strings`: the chart module's words in that edition
 * (src/i18n/chart-strings.ts), never the dictionaries.
 */
export interface ChartViewsFile {
  views: DrawnView[];
  strings: ChartStrings;
}

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
