/**
 * Exploring a chart by keyboard, as pure functions of the view and step state
 * the chart shows: where an arrow key, Home or End moves to, and the sentence
 * a position is read as (category, series, value, the bar's total, its place
 * among the bars, the step's marker, the names behind the bar with their dates
 * as reported). The browser side is src/client/chart-explorer.ts.
 *
 *   move(view, state, null, 'ArrowRight')      // { category: <first shown bar>, series: 0 }
 *   describePoint(view, state, details, at, exploreUi.id)   // the page's words (src/i18n/explore-words.ts)
 *   // 'Pekan 9 Jun, Scale AI: 1. Total batang ini: 3. Batang 1 dari 2. Alexandr Wang (12 Juni 2025); …'
 */
import { say, type ExploreWords } from '../i18n/explore-words.ts';
import { categoryIndexOf, visibleData } from './to-chartjs.ts';
import type { DrawnView, StepState } from './types.ts';

export interface Position {
  /** Index into view.labels. */
  category: number;
  /** Index into view.series. */
  series: number;
}

/** The bars a step shows: categories with a value in some series (a step that stops at a date empties the later ones). */
export function shownCategories(view: DrawnView, state: StepState): number[] {
  const shown = view.series.map((s) => visibleData(view, s.data, state));
  return view.labels.map((_, i) => i).filter((i) => shown.some((data) => data[i] !== null && data[i] !== undefined));
}

/**
 * Where `key` moves from `at` (null: not on the chart yet; the first key lands
 * on the first bar, End and Left on the last). Left and Right move along the
 * bars, Up and Down through the series in the legend's order, Home and End to
 * the first and last bar; at an end a key stays put. Null for any other key.
 */
export function move(view: DrawnView, state: StepState, at: Position | null, key: string): Position | null {
  if (view.units) return moveUnits(view, at, key);
  const bars = shownCategories(view, state);
  if (bars.length === 0 || view.series.length === 0) return null;
  const lastSeries = view.series.length - 1;
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)) return null;
  if (at === null) return { category: key === 'End' || key === 'ArrowLeft' ? bars.at(-1)! : bars[0]!, series: 0 };
  // The step may have changed what is shown since the last key: continue from the nearest bar shown.
  const here = bars.reduce((best, i) => (Math.abs(i - at.category) < Math.abs(best - at.category) ? i : best), bars[0]!);
  const k = bars.indexOf(here);
  const series = Math.min(at.series, lastSeries);
  switch (key) {
    case 'ArrowRight':
      return { category: bars[Math.min(k + 1, bars.length - 1)]!, series };
    case 'ArrowLeft':
      return { category: bars[Math.max(k - 1, 0)]!, series };
    case 'Home':
      return { category: bars[0]!, series };
    case 'End':
      return { category: bars.at(-1)!, series };
    case 'ArrowDown':
      return { category: here, series: Math.min(series + 1, lastSeries) };
    default:
      return { category: here, series: Math.max(series - 1, 0) };
  }
}

/** The series (band, or its pale part) a person of a unit chart is drawn in. */
const seriesOf = (view: DrawnView, category: number) => view.series.findIndex((s) => s.data[category] !== null && s.data[category] !== undefined);

/**
 * A unit chart walks person by person: Left and Right to the previous and
 * next person, Up and Down to the first person of the band above or below,
 * Home and End to the first and last person. The series follows the person.
 */
function moveUnits(view: DrawnView, at: Position | null, key: string): Position | null {
  const units = view.units!;
  const n = view.labels.length;
  if (n === 0 || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)) return null;
  const to = (category: number) => ({ category, series: seriesOf(view, category) });
  if (at === null) return to(key === 'End' || key === 'ArrowLeft' ? n - 1 : 0);
  const band = units.groups.findIndex((g) => g.key === units.marks[at.category]!.group);
  const firstOf = (b: number) => units.marks.findIndex((m) => m.group === units.groups[b]!.key);
  switch (key) {
    case 'ArrowRight':
      return to(Math.min(at.category + 1, n - 1));
    case 'ArrowLeft':
      return to(Math.max(at.category - 1, 0));
    case 'Home':
      return to(0);
    case 'End':
      return to(n - 1);
    case 'ArrowDown':
      return to(band < units.groups.length - 1 ? firstOf(band + 1) : at.category);
    default:
      return to(band > 0 ? firstOf(band - 1) : firstOf(band));
  }
}

/**
 * A position read out: "<category>, <series>: <value>." then, for stacked
 * series, the bar's total; the bar's place among those shown; the step's
 * marker when it falls in this bar; and the bar's details (the names behind
 * it with their dates as reported, from /charts/<id>.details.json), when they
 * have arrived.
 */
export function describePoint(view: DrawnView, state: StepState, details: readonly (readonly string[])[] | undefined, at: Position, words: ExploreWords): string {
  if (view.units) {
    // "Ethan Knight: Keluar. Orang 44 dari 45. <origin, dates as reported, verification>"
    const group = view.units.groups.find((g) => g.key === view.units!.marks[at.category]!.group)!;
    const note = view.units.notes[at.category];
    const names = details?.[at.category] ?? [];
    return [
      say(words, 'unit', { name: view.labels[at.category]!, group: group.label }),
      say(words, 'person', { i: at.category + 1, n: view.labels.length }),
      ...(names.length > 0 ? [`${names.slice(1).join('; ')}.`] : note ? [`${note}.`] : []),
    ].join(' ');
  }
  const series = view.series[at.series]!;
  const value = visibleData(view, series.data, state)[at.category];
  const said = value === null || value === undefined ? say(words, 'empty') : (view.summaries?.[at.category] ?? value);
  const parts = [say(words, 'point', { category: view.labels[at.category]!, series: series.label, value: said })];
  if (view.stacked && view.series.length > 1) {
    const total = view.series.reduce((sum, s) => sum + (visibleData(view, s.data, state)[at.category] ?? 0), 0);
    parts.push(say(words, 'total', { n: total }));
  }
  const bars = shownCategories(view, state);
  parts.push(say(words, 'position', { i: bars.indexOf(at.category) + 1, n: bars.length }));
  if (state.mark && state.markLabel && categoryIndexOf(view, state.mark) === at.category) parts.push(say(words, 'mark', { label: state.markLabel }));
  const names = details?.[at.category] ?? [];
  if (names.length > 0) parts.push(`${names.join('; ')}.`);
  return parts.join(' ');
}

/**
 * The notes a series plays as, one per value (null: a rest): the lowest note
 * for 0, `octaves` higher for the largest value, evenly on a musical scale.
 */
export function tones(values: readonly (number | null)[], low = 220, octaves = 2): (number | null)[] {
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  return values.map((v) => (v === null ? null : low * 2 ** (max === 0 ? 0 : (octaves * v) / max)));
}

/** The values a sound plays: the series the reader is on, or with none (or stacked series and no position) each bar's total. */
export function soundValues(view: DrawnView, state: StepState, at: Position | null): { values: (number | null)[]; series: string | null } {
  // A unit chart plays its bands' head counts, top to bottom.
  if (view.units) return { values: view.units.groups.map((g) => g.count), series: null };
  const bars = shownCategories(view, state);
  if (at !== null || view.series.length === 1) {
    const s = view.series[at?.series ?? 0]!;
    const data = visibleData(view, s.data, state);
    return { values: bars.map((i) => data[i] ?? null), series: s.label };
  }
  const shown = view.series.map((s) => visibleData(view, s.data, state));
  return { values: bars.map((i) => shown.reduce((sum, d) => sum + (d[i] ?? 0), 0)), series: null };
}
