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
    const figure = this.querySelector<ChartFigure>('chart-figure');
    if (figure) figure.applyState(state, index);
    else this.#lightDiagram(state, index);
  }

  /** Diagram sections: light the parts a step names, dim the rest. */
  #lightDiagram(state: StepState, index: number) {
    const diagram = this.querySelector<HTMLElement>('[data-diagram]');
    if (!diagram) return;
    diagram.dataset['state'] = String(index);
    const lit = new Set(state.highlight ?? []);
    diagram.classList.toggle('has-highlight', lit.size > 0);
    for (const node of diagram.querySelectorAll<HTMLElement>('[data-node]')) {
      node.classList.toggle('is-lit', lit.has(node.dataset['node'] ?? ''));
    }
  }
}

customElements.define('scrolly-section', ScrollySection);
