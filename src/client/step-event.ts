/**
 * The one event of a scrollytelling section: <scrolly-section> dispatches it
 * on itself when a step turns active; each graphic inside it (<chart-figure>,
 * <scrolly-diagram>) listens and shows the step. A graphic that connects
 * later reads the section's `step` (the last one dispatched) to catch up.
 */
import type { StepState } from '../specs/types.ts';

export const STEP_EVENT = 'scrolly-step';

export interface StepDetail {
  state: StepState;
  /** The step's index in its section, from 0. */
  index: number;
  /** How many steps the section has. */
  count: number;
}

/** What a graphic can read of its section (the element is defined in scrolly-section.ts). */
export interface StepSource extends HTMLElement {
  readonly step?: StepDetail | null;
}

/**
 * Calls `show` with each step of the section around `graphic`, the current
 * one first if there is one, until `signal` aborts (the graphic's disconnect).
 */
export function onStep(graphic: Element, signal: AbortSignal, show: (step: StepDetail) => void): void {
  const section = graphic.closest<StepSource>('scrolly-section');
  if (!section) return;
  section.addEventListener(STEP_EVENT, (e) => show((e as CustomEvent<StepDetail>).detail), { signal });
  if (section.step) show(section.step);
}
