/**
 * A sentence saying what the chart shows at a step, for the canvas's aria-label and the live region.
 * Runs at build time and in the browser: it takes the page's strings (src/i18n/chart-strings.ts), not the dictionaries.
 */
import type { ChartStrings } from '../i18n/chart-strings.ts';
import { fill } from '../i18n/fill.ts';
import type { DrawnView, StepState } from './types.ts';
import { pickView, visibleData } from './to-chartjs.ts';

export function describeState(title: string, views: DrawnView[], state: StepState, strings: ChartStrings, untilLabel?: string): string {
  const view = pickView(views, state);
  const totals = view.labels.map((_, i) =>
    view.series.reduce((sum, s) => sum + (visibleData(view, s.data, state)[i] ?? 0), 0),
  );
  const parts = [`${title}.`];
  if (views.length > 1) parts.push(fill(strings['chart.describe.view'], { view: view.name }));
  if (state.until && untilLabel) parts.push(fill(strings['chart.describe.until'], { date: untilLabel }));
  if (view.summable) {
    parts.push(fill(strings['chart.describe.total'], { n: totals.reduce((a, b) => a + b, 0) }));
    const top = totals.indexOf(Math.max(...totals));
    if (totals[top]! > 0) parts.push(fill(strings['chart.describe.largest'], { label: view.labels[top]!, n: totals[top]! }));
  } else {
    // Running totals, head counts and tallies do not add up: read out each shown value instead.
    const shown = view.labels.map((label, i) => [label, totals[i]!] as const).filter((_, i) => view.series.some((s) => visibleData(view, s.data, state)[i] !== null));
    const read = shown.length > 8 ? [shown[0]!, shown.at(-1)!] : shown;
    parts.push(read.map(([label, n]) => `${label}: ${n}`).join(shown.length > 8 ? ' … ' : '; ') + '.');
  }
  if (state.highlight?.length) {
    const names = state.highlight.map((k) => view.series.find((s) => s.key === k)?.label ?? k);
    parts.push(fill(strings['chart.describe.highlight'], { names: names.join(', ') }));
  }
  if (state.mark && state.markLabel) parts.push(fill(strings['chart.describe.mark'], { label: state.markLabel }));
  return parts.join(' ');
}
