/**
 * Sentences saying what the chart shows at a step: the whole state for the
 * canvas's aria-label, and only what changed since the reader last heard,
 * for the live region when a step turns. Runs at build time and in the
 * browser: it takes the page's strings (src/i18n/chart-strings.ts), not the dictionaries.
 */
import type { ChartStrings } from '../i18n/chart-strings.ts';
import { fill } from '../i18n/fill.ts';
import { intlLocale, type Locale } from '../i18n/locales.ts';
import type { DrawnView, StepState } from './types.ts';
import { pickView, visibleData } from './to-chartjs.ts';

export { ANNOUNCE_AFTER_MS } from './announce.ts';

/** The parts of a description, in reading order; a part the state does not have is absent. */
function describeParts(views: DrawnView[], state: StepState, strings: ChartStrings, untilLabel?: string): Map<string, string> {
  const view = pickView(views, state);
  const totals = view.labels.map((_, i) => view.series.reduce((sum, s) => sum + (visibleData(view, s.data, state)[i] ?? 0), 0));
  const parts = new Map<string, string>();
  if (views.length > 1) parts.set('view', fill(strings['chart.describe.view'], { view: view.name }));
  if (state.until && untilLabel) parts.set('until', fill(strings['chart.describe.until'], { date: untilLabel }));
  if (view.units) {
    // A unit chart: how many people in each band, not a person's "1".
    parts.set('values', view.units.groups.map((g) => `${g.label}: ${g.count}`).join('; ') + '.');
  } else if (view.summable) {
    parts.set('total', fill(strings['chart.describe.total'], { n: totals.reduce((a, b) => a + b, 0) }));
    const top = totals.indexOf(Math.max(...totals));
    if (totals[top]! > 0) parts.set('largest', fill(strings['chart.describe.largest'], { label: view.labels[top]!, n: totals[top]! }));
  } else {
    // Running totals, head counts and tallies do not add up: read out each shown value instead.
    const shown = view.labels.map((label, i) => [label, totals[i]!] as const).filter((_, i) => view.series.some((s) => visibleData(view, s.data, state)[i] !== null));
    const read = shown.length > 8 ? [shown[0]!, shown.at(-1)!] : shown;
    // A range reads as its words ("4–5 bulan"), not as the sum of its stacked parts.
    const said = (label: string, n: number) => view.summaries?.[view.labels.indexOf(label)] ?? String(n);
    parts.set('values', read.map(([label, n]) => `${label}: ${said(label, n)}`).join(shown.length > 8 ? ' … ' : '; ') + '.');
  }
  if (state.highlight?.length) {
    const names = state.highlight.map((k) => view.series.find((s) => s.key === k)?.label ?? k);
    // The "pale" highlight names the secondary-only facts by the legend's words.
    if (state.highlight.includes('secondary-only') && !view.series.some((s) => s.key === 'secondary-only')) names.splice(names.indexOf('secondary-only'), 1, strings['chart.paleLegend']);
    parts.set('highlight', fill(strings['chart.describe.highlight'], { names: names.join(', ') }));
  }
  if (state.mark && state.markLabel) parts.set('mark', fill(strings['chart.describe.mark'], { label: state.markLabel }));
  return parts;
}

/** The date a step stops at, for readers ("15 Juni 2025"), when it stops at one. */
export function untilLabel(locale: Locale, state: StepState): string | undefined {
  if (!state.until) return undefined;
  return new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${state.until}T00:00:00Z`));
}

export function describeState(title: string, views: DrawnView[], state: StepState, strings: ChartStrings, untilLabel?: string): string {
  return [`${title}.`, ...describeParts(views, state, strings, untilLabel).values()].join(' ');
}

/**
 * What a step changed, for the live region: the parts of `next` that differ
 * from `previous` (what the reader last heard, or the figure's first state),
 * after the step's number; a highlight that went away is said to be gone.
 * Empty when nothing a reader would hear changed.
 */
export function describeChange(
  views: DrawnView[],
  previous: { state: StepState; untilLabel?: string | undefined },
  next: { state: StepState; untilLabel?: string | undefined },
  step: { n: number; total: number },
  strings: ChartStrings,
): string {
  const before = describeParts(views, previous.state, strings, previous.untilLabel);
  const after = describeParts(views, next.state, strings, next.untilLabel);
  const changed = [...after].filter(([key, text]) => before.get(key) !== text).map(([, text]) => text);
  if (before.has('highlight') && !after.has('highlight')) changed.push(strings['chart.describe.noHighlight']);
  return changed.length === 0 ? '' : `${fill(strings['step.label'], step)}: ${changed.join(' ')}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * The chart as text, for screen readers, as HTML: the step's description
 * (after its number, when a step is active), then a list of the view's series,
 * each with its total (when values add up) and a nested list of its points,
 * category: value, for what the step shows. Empty bars (0) are not listed one
 * by one but counted in a last item; bars the step does not show yet (after
 * `until`) are left out. Highlighted series and categories say so.
 * ChartFigure.astro renders it for the page (and no-JS readers); <chart-figure>
 * renders it again for each step.
 */
export function outlineHtml(
  title: string,
  views: DrawnView[],
  state: StepState,
  strings: ChartStrings,
  untilLabel?: string,
  step?: { n: number; total: number },
): string {
  return outlineSummary(`${step ? `${fill(strings['step.label'], step)}. ` : ''}${describeState(title, views, state, strings, untilLabel)}`) + outlineListHtml(views, state, strings);
}

/** The outline's first paragraph: the step's description (ChartFigure.astro writes it before the list it keeps per build). */
export const outlineSummary = (text: string) => `<p>${escapeHtml(text)}</p>`;

/**
 * The outline's list (series and points, or each bar's range), after its summary: it does not depend on the
 * title or the step number, so the build writes it once per chart, edition and state (src/site/charts.ts) instead
 * of once per page; a unit chart at scale lists thousands of people.
 */
export function outlineListHtml(views: DrawnView[], state: StepState, strings: ChartStrings): string {
  const view = pickView(views, state);
  const lit = new Set(state.highlight ?? []);
  const mark = (label: string, on: boolean) => (on ? fill(strings['chart.outline.highlighted'], { label }) : label);
  if (view.summaries) {
    // Bars read as ranges (tenure: the certain part and the span partial dates leave open): each bar once,
    // as the range it stands for, never its parts' raw numbers (more precise than the dates they come from).
    const summaries = view.summaries;
    const shown = view.labels.flatMap((label, i) => (view.series.some((s) => visibleData(view, s.data, state)[i] != null) ? [{ label, text: summaries[i]! }] : []));
    return `<ul>${shown.map((b) => `<li>${escapeHtml(mark(`${b.label}: ${b.text}`, lit.has(b.label)))}</li>`).join('')}</ul>`;
  }
  const series = view.series.map((s) => {
    const values = visibleData(view, s.data, state);
    const shown = values.flatMap((v, i) => (v === null ? [] : [{ label: view.labels[i]!, v }]));
    const points = shown.filter((p) => p.v !== 0).map((p) => `<li>${escapeHtml(mark(`${p.label}: ${p.v}`, lit.has(p.label)))}</li>`);
    const zeros = shown.length - points.length;
    if (zeros > 0) points.push(`<li>${escapeHtml(fill(strings[points.length ? 'chart.outline.rest' : 'chart.outline.allZero'], { n: zeros }))}</li>`);
    const name = mark(s.label, lit.has(s.key));
    const head = view.summable ? fill(strings['chart.outline.seriesTotal'], { series: name, n: shown.reduce((sum, p) => sum + p.v, 0) }) : name;
    return `<li>${escapeHtml(head)}${points.length ? `<ul>${points.join('')}</ul>` : ''}</li>`;
  });
  return `<ul>${series.join('')}</ul>`;
}
