/**
 * A <Step>'s attributes as the chart state they set: one reading for the
 * component (which renders data-state) and the build's MDX check (which fails
 * with the line), so both accept and refuse the same things.
 */
import { parsePartialDate } from '../domain/partial-date.ts';
import type { StepState } from './types.ts';

/** The attributes as an editor writes them in MDX. */
export interface StepAttributes {
  /** View of the chart to show (e.g. "weekly", "cumulative"). */
  view?: string | undefined;
  /** Comma-separated series keys or category labels to emphasise (e.g. "openai,apple"). */
  highlight?: string | undefined;
  /** Show data up to this date only (YYYY-MM-DD). */
  until?: string | undefined;
  /** Mark this date (YYYY-MM-DD) with a rule, labelled markLabel. */
  mark?: string | undefined;
  markLabel?: string | undefined;
  /** Fix the top of the value axis. */
  max?: number | undefined;
}

/** Why a date attribute is refused, or null when it is a real day written YYYY-MM-DD. */
export function stepDateProblem(name: 'until' | 'mark', value: string): string | null {
  let precision: string | null = null;
  try {
    const d = parsePartialDate(value);
    precision = d.precision === 'day' && !d.range && !d.approximate && !d.byBound && d.text === value ? 'day' : null;
  } catch {
    precision = null;
  }
  return precision === 'day' ? null : `<Step ${name}="${value}">: write a real date as YYYY-MM-DD, e.g. ${name}="2025-06-30".`;
}

/** The highlight list: trimmed keys, empty ones dropped ("openai, apple," -> ["openai", "apple"]). */
export const highlightList = (highlight: string): string[] =>
  highlight
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The state a step sets; throws the editor's message for a date that is not a real YYYY-MM-DD day. */
export function stepState({ view, highlight, until, mark, markLabel, max }: StepAttributes): StepState {
  for (const [name, value] of [['until', until], ['mark', mark]] as const) {
    const problem = value === undefined ? null : stepDateProblem(name, value);
    if (problem) throw new Error(problem);
  }
  return {
    ...(view && { view }),
    ...(highlight && { highlight: highlightList(highlight) }),
    ...(until && { until }),
    ...(mark && { mark }),
    ...(markLabel && { markLabel }),
    ...(max !== undefined && { max }),
  };
}
