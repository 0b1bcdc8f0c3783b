/**
 * <scrolly-section>: tracks which .step is in the middle band of the viewport
 * (IntersectionObserver, so no scroll handlers and no vh arithmetic: the
 * trigger line follows the real viewport when the mobile address bar moves),
 * marks it aria-current="step" and reports it: one STEP_EVENT (step-event.ts)
 * on the section, which its graphic listens to (<chart-figure>,
 * <scrolly-diagram>). It knows nothing of charts or diagrams.
 * Keyboard focus on a step activates it too. That is also what shows a step
 * linked to (#langkah-hiring-wave-3, ids from src/remark/remark-step-ids.ts):
 * opening the page there, following a link, back and forward all scroll to the
 * step and focus it, since it is focusable (tests/browser/step-links.test.ts).
 */
import type { StepState } from '../specs/types.ts';
import { STEP_EVENT, type StepDetail } from './step-event.ts';

/** How long after a step takes focus the scroll it causes cannot turn on another step. */
const FOCUS_SETTLE_MS = 800;

/** Where a step turns active, as a line across the viewport: mid-screen beside the chart, lower under it. */
const wide = window.matchMedia('(min-width: 900px)');
const triggerLine = () => (wide.matches ? '-50% 0px -49% 0px' : '-68% 0px -31% 0px');

class ScrollySection extends HTMLElement {
  #observer: IntersectionObserver | null = null;
  #life: AbortController | null = null;
  #steps: HTMLElement[] = [];
  /** The active step, as last reported (null before the first). */
  step: StepDetail | null = null;

  #focusedAt = -Infinity;

  connectedCallback() {
    this.#life = new AbortController();
    const { signal } = this.#life;
    this.#steps = [...this.querySelectorAll<HTMLElement>('.step')];
    this.#steps.forEach((step, i) => {
      step.dataset['step'] = String(i);
      step.addEventListener(
        'focusin',
        () => {
          this.#focusedAt = performance.now();
          this.#activate(i);
        },
        { signal },
      );
    });
    this.#observe();
    // The layout changes at the breakpoint (rotation, resized window): move the line with it.
    wide.addEventListener('change', () => this.#observe(), { signal });
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#life?.abort();
  }

  #observe() {
    this.#observer?.disconnect();
    this.#observer = new IntersectionObserver(
      (entries) => {
        // Focusing a step scrolls it into place, and the step it leaves may cross the line on the way:
        // for a moment after a focus, only the focused step turns on.
        const settling = performance.now() - this.#focusedAt < FOCUS_SETTLE_MS;
        for (const e of entries) {
          if (!e.isIntersecting || (settling && !(e.target as HTMLElement).contains(document.activeElement))) continue;
          this.#activate(this.#steps.indexOf(e.target as HTMLElement));
        }
      },
      { rootMargin: triggerLine() },
    );
    for (const step of this.#steps) this.#observer.observe(step);
  }

  #activate(index: number) {
    const steps = this.#steps;
    if (index < 0 || index === this.step?.index) return;
    steps.forEach((s, i) => (i === index ? s.setAttribute('aria-current', 'step') : s.removeAttribute('aria-current')));
    this.step = { state: JSON.parse(steps[index]!.dataset['state'] ?? '{}') as StepState, index, count: steps.length };
    this.dispatchEvent(new CustomEvent(STEP_EVENT, { detail: this.step }));
  }
}

customElements.define('scrolly-section', ScrollySection);
