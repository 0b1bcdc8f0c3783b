/** A sentence saying what the chart shows at a step, for the canvas's aria-label and the live region. */
import { t, type Locale } from '../i18n/ui.ts';
import type { ChartView, StepState } from './types.ts';
import { pickView, visibleData } from './to-chartjs.ts';

export function describeState(title: string, views: ChartView[], state: StepState, locale: Locale, untilLabel?: string): string {
  const view = pickView(views, state);
  const totals = view.labels.map((_, i) =>
    view.series.reduce((sum, s) => sum + (visibleData(view, s.data, state)[i] ?? 0), 0),
  );
  const parts = [`${title}.`];
  if (views.length > 1) parts.push(t(locale, 'chart.describe.view', { view: view.name }));
  if (state.until && untilLabel) parts.push(t(locale, 'chart.describe.until', { date: untilLabel }));
  if (view.stacked || view.series.length === 1) {
    // Totals across a cumulative view would double count: report its last value instead.
    const total = view.key === 'cumulative' ? Math.max(0, ...totals) : totals.reduce((a, b) => a + b, 0);
    parts.push(t(locale, 'chart.describe.total', { n: total }));
  }
  const top = totals.indexOf(Math.max(...totals));
  if (top >= 0 && totals[top]! > 0 && view.key !== 'cumulative') {
    parts.push(t(locale, 'chart.describe.largest', { label: view.labels[top]!, n: totals[top]! }));
  }
  if (state.highlight?.length) {
    const names = state.highlight.map((k) => view.series.find((s) => s.key === k)?.label ?? k);
    parts.push(t(locale, 'chart.describe.highlight', { names: names.join(', ') }));
  }
  if (state.mark && state.markLabel) parts.push(t(locale, 'chart.describe.mark', { label: state.markLabel }));
  return parts.join(' ');
}
