/**
 * <scrolly-diagram>: an HTML diagram in a <Scrolly> section (Scrolly.astro).
 * On each step the section reports (step-event.ts) it lights the parts the
 * step's highlight names ([data-node]) and dims the rest.
 */
import { onStep } from './step-event.ts';

class ScrollyDiagram extends HTMLElement {
  #life: AbortController | null = null;

  connectedCallback() {
    this.#life = new AbortController();
    onStep(this, this.#life.signal, ({ state, index }) => {
      const diagram = this.querySelector<HTMLElement>('[data-diagram]');
      if (!diagram) return;
      diagram.dataset['state'] = String(index);
      const lit = new Set(state.highlight ?? []);
      diagram.classList.toggle('has-highlight', lit.size > 0);
      for (const node of diagram.querySelectorAll<HTMLElement>('[data-node]')) node.classList.toggle('is-lit', lit.has(node.dataset['node'] ?? ''));
    });
  }

  disconnectedCallback() {
    this.#life?.abort();
  }
}

customElements.define('scrolly-diagram', ScrollyDiagram);
