/**
 * A chart view plus a step state, as a Chart.js configuration. Pure, so it is
 * tested in node and shipped to the browser as is; colours arrive resolved
 * from CSS custom properties (src/client/chart-figure.ts reads them).
 */
import type { ColourRole, DrawnView, Series, StepState } from './types.ts';

export interface Theme {
  colours: Record<ColourRole, string>;
  text: string;
  grid: string;
  font: string;
  reducedMotion: boolean;
}

/** "#rrggbb" with an alpha, as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return hex;
  return `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})`;
}

export function isoToDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

/** Index of the dated category that contains `iso`, or -1. */
export function categoryIndexOf(view: DrawnView, iso: string): number {
  const days = view.categoryDays;
  if (!days) return -1;
  const day = isoToDay(iso);
  let found = -1;
  days.forEach((start, i) => {
    if (start !== null && start <= day) found = i;
  });
  return found;
}

export function pickView<V extends DrawnView>(views: V[], state: StepState): V {
  return views.find((v) => v.key === state.view) ?? views[0]!;
}

/** Values the step shows: categories after `until` and undated ones are emptied while `until` is set. */
export function visibleData(view: DrawnView, data: (number | null)[], state: StepState): (number | null)[] {
  if (!state.until || !view.categoryDays) return data;
  const limit = isoToDay(state.until);
  return data.map((v, i) => {
    const start = view.categoryDays![i];
    return start === null || start === undefined || start > limit ? null : v;
  });
}

/** A category label on two lines, cut at a space near its middle, when it is longer than `max` characters. */
function wrapLabel(label: string, max: number): string | string[] {
  if (label.length <= max) return label;
  const cut = label.lastIndexOf(' ', Math.ceil(label.length / 2) + 3);
  return cut > 0 ? [label.slice(0, cut), label.slice(cut + 1)] : label;
}

/** Whether the step's highlight names this series (or the series it is the pale part of). */
const named = (highlight: readonly string[], s: Series) => highlight.includes(s.key) || (s.of !== undefined && highlight.includes(s.of));

/**
 * The top of the value axis for the whole series, not the part a step shows: with `until`, bars grow into
 * a scale that holds still (a step's `max` overrides it). Stacked views count each category's total.
 */
export function valueDomainMax(view: DrawnView): number {
  const totals = view.labels.map((_, i) =>
    view.stacked ? view.series.reduce((sum, s) => sum + (s.data[i] ?? 0), 0) : Math.max(0, ...view.series.map((s) => s.data[i] ?? 0)),
  );
  return Math.max(0, ...totals);
}

/** The drawn element (dataset and index within it) of a category and series: bars are one per category, a unit chart's points one per person. */
export function elementOf(view: DrawnView, category: number, series: number): { datasetIndex: number; index: number } {
  if (!view.units) return { datasetIndex: series, index: category };
  const datasetIndex = view.series.findIndex((s) => s.data[category] !== null && s.data[category] !== undefined);
  const index = view.series[datasetIndex]!.data.slice(0, category).filter((v) => v !== null).length;
  return { datasetIndex, index };
}

/** Options the stepMark and unitLabels plugins draw with (chartjs-setup.ts). */
export interface UnitLabels {
  /** Band headings, at the row above each band's first mark. */
  headings: { text: string; row: number }[];
  /** Notes beside marks: grid position and text. */
  notes: { col: number; row: number; text: string }[];
  color: string;
  font: string;
}

/** Width of a mark, in grid cells, and its height, in rows: a waffle of rounded tiles. */
export const UNIT_TILE = { width: 0.74, height: 0.7 };

/**
 * A unit chart (one tile per person) as a Chart.js config: floating bars on a
 * linear grid, one per person, all datasets on the same spots (grouped off).
 * Bars, not points, so Chart.js needs no more controllers than the other charts.
 */
function unitsConfig(view: DrawnView, state: StepState, theme: Theme, details: readonly (readonly string[])[]) {
  const u = view.units!;
  const highlight = state.highlight ?? [];
  const anySeries = view.series.some((s) => named(highlight, s)) || highlight.includes('secondary-only');
  const lit = (s: Series, i: number) =>
    highlight.length === 0 || (anySeries ? named(highlight, s) || (highlight.includes('secondary-only') && s.tone === 'light') : highlight.includes(view.labels[i]!));
  // Rings for people who were never at MSL; pale (and outlined) for secondary-only facts; dimmed when another part is highlighted.
  const hollow = (s: Series) => (s.of ?? s.key) === 'never-started';
  const datasets = view.series.map((s) => {
    const people = view.labels.map((_, i) => i).filter((i) => s.data[i] !== null && s.data[i] !== undefined);
    const colourAt = (i: number) => theme.colours[Array.isArray(s.colour) ? s.colour[i]! : s.colour];
    return {
      label: s.label,
      data: people.map((i) => ({ x: u.marks[i]!.col, y: [u.marks[i]!.row - UNIT_TILE.height / 2, u.marks[i]!.row + UNIT_TILE.height / 2], i })),
      backgroundColor: people.map((i) => (hollow(s) ? 'rgba(0, 0, 0, 0)' : withAlpha(colourAt(i), (s.tone === 'light' ? 0.35 : 1) * (lit(s, i) ? 1 : 0.2)))),
      borderColor: people.map((i) => withAlpha(colourAt(i), lit(s, i) ? 1 : 0.3)),
      borderWidth: hollow(s) ? 2.5 : s.tone === 'light' ? 1.5 : 0,
      borderSkipped: false,
      borderRadius: 4,
      grouped: false,
      categoryPercentage: 1,
      barPercentage: UNIT_TILE.width,
    };
  });
  const noted = (i: number) => highlight.length > 0 && u.notes[i] && view.series.some((s) => s.data[i] != null && lit(s, i));
  const unitLabels: UnitLabels = {
    headings: u.groups.map((g, k) => ({ text: `${g.label} · ${g.count}`, row: u.headingRows[k]! })),
    notes: view.labels.map((_, i) => i).filter(noted).map((i) => ({ col: u.marks[i]!.col, row: u.marks[i]!.row, text: u.notes[i]! })),
    color: theme.text,
    font: theme.font,
  };
  const hidden = { display: false, grid: { display: false }, border: { display: false } };
  const person = (items: { raw: unknown }[]) => (items[0]?.raw as { i: number } | undefined)?.i ?? -1;
  return {
    type: 'bar' as const,
    data: { datasets },
    options: {
      indexAxis: 'x' as const,
      responsive: true,
      maintainAspectRatio: false,
      animation: theme.reducedMotion ? (false as const) : { duration: 450 },
      // One person under the pointer, not every dataset's tile with the same index.
      interaction: { mode: 'nearest' as const, intersect: true },
      layout: { padding: { top: 4, right: 8, bottom: 4, left: 8 } },
      scales: {
        x: { type: 'linear' as const, min: -0.5, max: u.columns - 0.5, offset: false, ...hidden },
        y: { type: 'linear' as const, min: -0.45, max: u.rows, reverse: true, ...hidden },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items: { raw: unknown }[]) => view.labels[person(items)] ?? '',
            label: (item: { dataset: { label?: string } }) => item.dataset.label ?? '',
            afterBody: (items: { raw: unknown }[]) => [...(details[person(items)] ?? [])],
          },
        },
        stepMark: null,
        unitLabels,
      },
    },
  };
}

/**
 * `details` are the view's extra tooltip lines per category (ChartView.details);
 * the browser passes them once they have arrived, and none before.
 */
export function toChartConfig(view: DrawnView, state: StepState, theme: Theme, details: readonly (readonly string[])[] = []) {
  return view.units ? unitsConfig(view, state, theme, details) : barConfig(view, state, theme, details);
}

/** The config of a bar view (toChartConfig of a view without units). */
export type BarConfig = ReturnType<typeof barConfig>;

function barConfig(view: DrawnView, state: StepState, theme: Theme, details: readonly (readonly string[])[]) {
  const highlight = state.highlight ?? [];
  const seriesLit = (s: Series) => highlight.length === 0 || named(highlight, s);
  const categoryLit = (i: number) => highlight.length === 0 || highlight.includes(view.labels[i]!);
  const anySeriesHighlighted = view.series.some((s) => named(highlight, s));
  const datasets = view.series.map((s) => {
    const colourAt = (i: number) => theme.colours[Array.isArray(s.colour) ? s.colour[i]! : s.colour];
    const lit = (i: number) => (anySeriesHighlighted ? seriesLit(s) : categoryLit(i));
    const alpha = s.tone === 'light' ? 0.4 : s.tone === 'range' ? 0.55 : 1;
    const fill = (i: number) => withAlpha(colourAt(i), alpha * (lit(i) ? 1 : 0.22));
    const border = (i: number) => withAlpha(colourAt(i), lit(i) ? 1 : 0.3);
    return {
      label: s.label,
      data: visibleData(view, s.data, state),
      backgroundColor: view.labels.map((_, i) => fill(i)),
      borderColor: view.labels.map((_, i) => border(i)),
      borderWidth: s.tone === 'light' ? 1.5 : 0,
      borderSkipped: false,
      // A range (what partial dates leave open) is a thin whisker on the end of its bar, not more bar.
      ...(s.tone === 'range' ? { barPercentage: 0.3 } : {}),
    };
  });
  const markIndex = state.mark ? categoryIndexOf(view, state.mark) : -1;
  const valueAxis = {
    stacked: view.stacked,
    beginAtZero: true,
    ...(state.max === undefined ? { suggestedMax: valueDomainMax(view) } : { max: state.max }),
    title: { display: true, text: view.valueTitle, color: theme.text, font: { family: theme.font, size: 12 } },
    ticks: { color: theme.text, precision: 0, font: { family: theme.font, size: 12 } },
    grid: { color: theme.grid },
    border: { display: false },
  };
  // Long date axes: label every nth category (room for phones) and always the last one (e.g. "date unknown"), which
  // Chart.js's own autoSkip would drop on narrow screens; long labels wrap onto two lines.
  const every = view.labels.length > 12 ? Math.ceil(view.labels.length / 4) : 1;
  const tickLabel = (index: number) => {
    const last = index === view.labels.length - 1;
    if (!last && index % every !== 0) return '';
    // More than six labels along a phone's width run into each other on one line: "Jun 2025" becomes "Jun" / "2025".
    return wrapLabel(view.labels[index] ?? '', view.labels.length / every > 6 ? 6 : 10);
  };
  const categoryAxis = {
    stacked: view.stacked,
    ticks: {
      color: theme.text,
      font: { family: theme.font, size: 12 },
      // Bars across show every name while they fit (destinations fold beyond ten, departures.ts); a longer list
      // (e.g. many reported tallies) lets Chart.js skip names rather than overprint them. Dates along are thinned above.
      autoSkip: view.indexAxis === 'y' && view.labels.length > 12,
      maxRotation: 0,
      // Bars across (indexAxis y): the longest names on two lines, so the axis does not take a phone's width or get cut.
      callback: view.indexAxis === 'x' ? (_value: unknown, index: number) => tickLabel(index) : (_value: unknown, index: number) => wrapLabel(view.labels[index] ?? '', 22),
    },
    grid: { display: false },
  };
  return {
    type: 'bar' as const,
    data: { labels: view.labels, datasets },
    options: {
      indexAxis: view.indexAxis,
      responsive: true,
      maintainAspectRatio: false,
      animation: theme.reducedMotion ? (false as const) : { duration: 450 },
      scales: view.indexAxis === 'x' ? { x: categoryAxis, y: valueAxis } : { x: valueAxis, y: categoryAxis },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            afterBody: (items: { dataIndex: number }[]) => [...(details[items[0]?.dataIndex ?? -1] ?? [])],
          },
        },
        stepMark: markIndex < 0 ? null : { index: markIndex, label: state.markLabel ?? '', color: theme.text, font: theme.font },
        unitLabels: null,
      },
    },
  };
}
