/**
 * Keyboard exploration of one chart: arrow keys, Home and End move over the
 * bars of the view the step shows (src/charts/explore.ts), each position is
 * said in the figure's live region and shown with Chart.js's tooltip; Escape
 * leaves the chart. Loaded by <chart-figure> (a chunk of its own) only when a
 * reader first focuses a chart, so nothing of it is downloaded before.
 */
import type { Chart } from 'chart.js';
import { te } from '../i18n/explore.ts';
import type { Locale } from '../i18n/ui.ts';
import { describePoint, move, type Position } from './explore.ts';
import type { ChartDetails, DrawnView, StepState } from './types.ts';

/** What the explorer needs of its <chart-figure>. */
export interface ExplorerHost {
  readonly locale: Locale;
  view(): DrawnView;
  state(): StepState;
  /** The names behind the bars, once they have arrived ({} before). */
  details(): ChartDetails;
  chart(): Chart | null;
  say(text: string): void;
  /** True while the chart has keyboard focus: the figure keeps step announcements for later. */
  exploring: boolean;
}

/**
 * Starts exploring on `canvas`; `early` are the keys pressed on it while this
 * module was loading, played now in order.
 */
export function attachExplorer(host: ExplorerHost, canvas: HTMLCanvasElement, early: readonly string[] = []): void {
  let at: Position | null = null;
  let viewKey = '';

  const point = (p: Position | null) => {
    const chart = host.chart();
    if (!chart) return;
    const active = p ? [{ datasetIndex: p.series, index: p.category }] : [];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
    chart.update();
  };

  const leave = () => {
    host.exploring = false;
    if (at) point(null);
    at = null;
  };

  canvas.addEventListener('focus', () => (host.exploring = true));
  canvas.addEventListener('blur', leave);
  /** Acts on a key; false when it is not one of the explorer's. */
  const press = (key: string): boolean => {
    if (key === 'Escape') {
      leave();
      host.say(te(host.locale, 'left'));
      canvas.blur();
      return true;
    }
    const view = host.view();
    const state = host.state();
    // A step that changed the view starts the reader again at its first bar.
    if (view.key !== viewKey) {
      viewKey = view.key;
      at = null;
    }
    const next = move(view, state, at, key);
    if (!next) return false;
    at = next;
    host.exploring = true;
    host.say(describePoint(view, state, host.details()[view.key], at, host.locale));
    point(at);
    return true;
  };

  canvas.addEventListener('keydown', (event) => {
    if (!event.altKey && !event.ctrlKey && !event.metaKey && press(event.key)) event.preventDefault();
  });
  // Attached on the first focus, which has happened already (unless an early Escape left).
  if (document.activeElement === canvas) host.exploring = true;
  for (const key of early) if (document.activeElement === canvas) press(key);
}
