/**
 * <scrolly-section>: tracks which .step is in the middle band of the viewport
 * (IntersectionObserver, so no scroll handlers and no vh arithmetic: the
 * band follows the real viewport when the mobile address bar moves), marks
 * it aria-current="step" and applies its state to the <chart-figure> inside.
 * Keyboard focus on a step activates it too.
 */
import type { ChartFigure } from './chart-figure.ts';
import type { StepState } from './types.ts';
import './chart-figure.ts';

class ScrollySection extends HTMLElement {
  #observer: IntersectionObserver | null = null;
  #active = -1;

  connectedCallback() {
    const steps = [...this.querySelectorAll<HTMLElement>('.step')];
    steps.forEach((step, i) => (step.dataset['step'] = String(i)));
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) this.#activate(steps.indexOf(e.target as HTMLElement), steps);
      },
      { rootMargin: '-45% 0px -45% 0px' },
    );
    for (const step of steps) {
      this.#observer.observe(step);
      step.addEventListener('focusin', () => this.#activate(steps.indexOf(step), steps));
    }
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  #activate(index: number, steps: HTMLElement[]) {
    if (index < 0 || index === this.#active) return;
    this.#active = index;
    steps.forEach((s, i) => (i === index ? s.setAttribute('aria-current', 'step') : s.removeAttribute('aria-current')));
    const state = JSON.parse(steps[index]!.dataset['state'] ?? '{}') as StepState;
    this.querySelector<ChartFigure>('chart-figure')?.applyState(state, index);
  }
}

customElements.define('scrolly-section', ScrollySection);
