/**
 * <scrolly-section>: tracks which .step is in the middle band of the viewport
 * (IntersectionObserver, so no scroll handlers and no vh arithmetic: the
 * trigger line follows the real viewport when the mobile address bar moves), marks
 * it aria-current="step" and applies its state to the <chart-figure> inside.
 * Keyboard focus on a step activates it too. That is also what shows a step
 * linked to (#langkah-hiring-wave-3, ids from src/remark/remark-step-ids.ts):
 * opening the page there, following a link, back and forward all scroll to the
 * step and focus it, since it is focusable (tests/browser/step-links.test.ts).
 */
import type { ChartFigure } from './chart-figure.ts';
import type { StepState } from '../specs/types.ts';
import './chart-figure.ts';

/** Where a step turns active, as a line across the viewport: mid-screen beside the chart, lower under it. */
const wide = window.matchMedia('(min-width: 900px)');
const triggerLine = () => (wide.matches ? '-50% 0px -49% 0px' : '-68% 0px -31% 0px');

class ScrollySection extends HTMLElement {
  #observer: IntersectionObserver | null = null;
  #active = -1;
  #steps: HTMLElement[] = [];
  #onResize = () => this.#observe();

  connectedCallback() {
    this.#steps = [...this.querySelectorAll<HTMLElement>('.step')];
    this.#steps.forEach((step, i) => {
      step.dataset['step'] = String(i);
      step.addEventListener('focusin', () => this.#activate(i));
    });
    this.#observe();
    // The layout changes at the breakpoint (rotation, resized window): move the line with it.
    wide.addEventListener('change', this.#onResize);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    wide.removeEventListener('change', this.#onResize);
  }

  #observe() {
    this.#observer?.disconnect();
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) this.#activate(this.#steps.indexOf(e.target as HTMLElement));
      },
      { rootMargin: triggerLine() },
    );
    for (const step of this.#steps) this.#observer.observe(step);
  }

  #activate(index: number) {
    const steps = this.#steps;
    if (index < 0 || index === this.#active) return;
    this.#active = index;
    steps.forEach((s, i) => (i === index ? s.setAttribute('aria-current', 'step') : s.removeAttribute('aria-current')));
    const state = JSON.parse(steps[index]!.dataset['state'] ?? '{}') as StepState;
    const figure = this.querySelector<ChartFigure>('chart-figure');
    if (figure) figure.applyState(state, index, steps.length);
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
