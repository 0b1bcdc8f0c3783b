/**
 * A chart view plus a step state, as a Chart.js configuration. Pure, so it is
 * tested in node and shipped to the browser as is; colours arrive resolved
 * from CSS custom properties (src/client/chart-figure.ts reads them).
 */
import type { ColourRole, DrawnView, StepState } from './types.ts';

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

/**
 * `details` are the view's extra tooltip lines per category (ChartView.details);
 * the browser passes them once they have arrived, and none before.
 */
export function toChartConfig(view: DrawnView, state: StepState, theme: Theme, details: readonly (readonly string[])[] = []) {
  const highlight = state.highlight ?? [];
  const seriesLit = (key: string) => highlight.length === 0 || highlight.includes(key);
  const categoryLit = (i: number) => highlight.length === 0 || highlight.includes(view.labels[i]!);
  const anySeriesHighlighted = view.series.some((s) => highlight.includes(s.key));
  const datasets = view.series.map((s) => {
    const colourAt = (i: number) => theme.colours[Array.isArray(s.colour) ? s.colour[i]! : s.colour];
    const lit = (i: number) => (anySeriesHighlighted ? seriesLit(s.key) : categoryLit(i));
    const fill = (i: number) => withAlpha(colourAt(i), (s.tone === 'light' ? 0.4 : 1) * (lit(i) ? 1 : 0.22));
    const border = (i: number) => withAlpha(colourAt(i), lit(i) ? 1 : 0.3);
    return {
      label: s.label,
      data: visibleData(view, s.data, state),
      backgroundColor: view.labels.map((_, i) => fill(i)),
      borderColor: view.labels.map((_, i) => border(i)),
      borderWidth: s.tone === 'light' ? 1.5 : 0,
      borderSkipped: false,
    };
  });
  const markIndex = state.mark ? categoryIndexOf(view, state.mark) : -1;
  const valueAxis = {
    stacked: view.stacked,
    beginAtZero: true,
    ...(state.max === undefined ? {} : { max: state.max }),
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
      },
    },
  };
}
