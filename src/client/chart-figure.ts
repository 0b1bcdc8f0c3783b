/**
 * <chart-figure>: owns one Chart.js chart. Reads its title, state and file
 * addresses from the JSON script inside it; when the figure nears the
 * viewport (or in idle time once the first chart has drawn: drawRest), loads
 * Chart.js and the chart's views (the file every page of the edition shares,
 * /charts/<id>.views.json) together, draws, and redraws with
 * chart.update() when its section reports a step (step-event.ts). The
 * tooltips' extra lines (the names behind a bar) are fetched at the same time
 * from the chart's details file; the chart draws without waiting for them.
 * With each drawn state it updates the canvas's label and the chart as text
 * (outlineHtml in src/specs/describe.ts).
 * The canvas takes keyboard focus; the first focus loads the explorer
 * (src/client/chart-explorer.ts, a chunk of its own): arrow keys over the bars.
 *
 * Lifecycle: connecting starts everything (listeners tied to one
 * AbortController); disconnecting aborts them and destroys the chart, so a
 * figure attached again draws again. Usage: rendered by
 * src/components/ChartFigure.astro.
 */
import type { Chart as ChartInstance } from 'chart.js';
import { ANNOUNCE_AFTER_MS, HOLD_AFTER_READER_MS } from '../specs/announce.ts';
import type { Explorer, ExplorerHost } from './chart-explorer.ts';
import type { ChartDetails, ChartViewsFile, DrawnView, StepState } from '../specs/types.ts';
import { onStep, type StepDetail } from './step-event.ts';

interface Payload {
  title: string;
  /** Each view's title, by view key (ChartFigure's `titles`): the heading says what the step shows. */
  titles: Record<string, string>;
  locale: 'id' | 'en';
  /** URL of what the chart draws from, its ChartViewsFile (…/charts/<id>.views.json): its views and this edition's strings. */
  views: string;
  /** URL of the chart's ChartDetails (…/charts/<id>.details.json). */
  details: string;
  initial: StepState;
  /** Shown under the picture when the chart cannot be drawn (figure.failed). */
  failed: string;
}

/** Chart.js, the chart config and the words for a drawn chart (chart-drawing.ts), once the first chart has loaded them. */
let drawing: typeof import('./chart-drawing.ts') | null = null;

/** Idle time, where the browser has it (Safari has no requestIdleCallback). */
const whenIdle = (fn: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(fn, { timeout: 5000 }) : window.setTimeout(fn, 200));

/** A JSON file of the site; rejects on an HTTP error as on a network one. */
async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(url);
  return response.json() as Promise<T>;
}

/** Every chart on the page. */
const figures = () => [...document.querySelectorAll<ChartFigure>('chart-figure')];

/**
 * Draws the page's charts that are not drawn yet, one per idle period, so that
 * a printout has every chart: a chart otherwise draws only when it nears the
 * viewport. Started once Chart.js has loaded for the first chart: no extra
 * script, only each chart's views file, and no tooltip names (fetched only for
 * a chart the reader reaches, see #wantDetails).
 */
let drawingRest = false;
function drawRest() {
  if (drawingRest) return;
  drawingRest = true;
  const next = () => {
    const figure = figures().find((f) => !f.started);
    if (!figure) {
      drawingRest = false;
      return;
    }
    // Without Chart.js no figure can draw; a figure without its views shows its picture, and the next one goes on.
    void figure.load().then(() => (drawing ? whenIdle(next) : (drawingRest = false)));
  };
  whenIdle(next);
}
// A printout shows each chart whole (its first view, nothing dimmed), since every step's text is printed
// below it; the reader's step comes back after printing. A chart that is not drawn yet when the reader
// prints (Chart.js still loading, or never loaded) prints its data table instead of an empty box.
window.addEventListener('beforeprint', () => figures().forEach((f) => f.printing(true)));
window.addEventListener('afterprint', () => figures().forEach((f) => f.printing(false)));
// The print layout gives a chart another size (the page's width, 8 cm high): draw it to that size, not stretched.
window.matchMedia('print').addEventListener('change', () => figures().forEach((f) => f.fit()));

export class ChartFigure extends HTMLElement implements ExplorerHost {
  #payload: Payload | null = null;
  /** The views and strings, once views.json has loaded (#draw waits for them, and so does the explorer). */
  #viewsFile: ChartViewsFile | null = null;
  #viewsRequested: Promise<ChartViewsFile | null> | null = null;
  #chart: ChartInstance | null = null;
  #state: StepState = {};
  /** The step shown (null: the figure's first state, before its section reports one). */
  #step: StepDetail | null = null;
  /** The state the live region last told (the figure's first state until a step is announced), and its step. */
  #heard: { state: StepState; index: number } | null = null;
  #announceTimer: number | undefined;
  /** While a reader explores the chart by keyboard, step changes are not announced over it. */
  exploring = false;
  /** When the figure last said something the reader asked for (say(): a position, the sound playing). */
  #spokeAt = -Infinity;
  #loading: Promise<boolean> | null = null;
  #details: ChartDetails = {};
  #detailsRequested: Promise<void> | undefined;
  #printing = false;
  #observer: IntersectionObserver | null = null;
  #explorer: Promise<Explorer> | null = null;
  /** The chart as text last written (outlineHtml). */
  #outline = '';
  /** Aborts every listener of this connection, and a draw still loading (disconnectedCallback). */
  #life: AbortController | null = null;

  connectedCallback() {
    if (!this.#payload) {
      const json = this.querySelector('script[type="application/json"]')?.textContent;
      if (!json) return;
      this.#payload = JSON.parse(json) as Payload;
      this.#state = this.#payload.initial;
      this.#heard = { state: this.#payload.initial, index: -1 };
    }
    this.#life = new AbortController();
    const { signal } = this.#life;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#observer?.disconnect();
          this.#wantDetails();
          void this.load();
        }
      },
      { rootMargin: '600px 0px' },
    );
    this.#observer.observe(this);
    this.#focusable(signal);
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.#redraw(), { signal });
    onStep(this, signal, (step) => this.#show(step));
  }

  disconnectedCallback() {
    this.#life?.abort();
    this.#observer?.disconnect();
    window.clearTimeout(this.#announceTimer);
    this.#chart?.destroy();
    this.#chart = null;
    this.#explorer = null;
    this.exploring = false;
    // Attached again, it draws again; a figure showing its picture (Chart.js did not load) stays so.
    if (!this.hasAttribute('data-fallback')) this.#loading = null;
  }

  /**
   * A chart a keyboard can reach (only with JavaScript, so it is done here):
   * role application, so a screen reader passes the arrow keys on; the keys
   * are in the hint the canvas is described by, shown while it has focus.
   */
  #focusable(signal: AbortSignal) {
    const canvas = this.querySelector('canvas');
    const hint = this.querySelector<HTMLElement>('[data-chart-keys]');
    if (!canvas || !hint) return;
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-roledescription', hint.dataset['role'] ?? '');
    canvas.setAttribute('aria-describedby', hint.id);
    canvas.addEventListener('focus', () => void this.#explore(canvas, signal), { once: true, signal });
    // The sound button works without focus on the chart; it is shown only where it works.
    const sound = this.querySelector<HTMLButtonElement>('[data-chart-sound]');
    if (sound && window.AudioContext) {
      sound.hidden = false;
      sound.addEventListener('click', () => void this.#explore(canvas, signal).then((e) => e.playShape(), () => undefined), { signal });
    }
  }

  /** The explorer, loaded once per connection, on the first focus or sound asked for (with the views it reads). */
  #explore(canvas: HTMLCanvasElement, signal: AbortSignal): Promise<Explorer> {
    if (!this.#explorer) {
      this.#wantDetails();
      void this.load();
      // Keys pressed while it loads are kept for it (and do not scroll the page).
      const early: string[] = [];
      const hold = (e: KeyboardEvent) => {
        if (/^(Arrow|Home$|End$|Escape$|s$)/i.test(e.key)) {
          e.preventDefault();
          early.push(e.key);
        }
      };
      canvas.addEventListener('keydown', hold, { signal });
      this.#explorer = Promise.all([import('./chart-explorer.ts'), this.#views()]).then(([{ attachExplorer }, views]) => {
        if (!views) throw new Error(this.#payload!.views);
        return attachExplorer(this, canvas, early, signal);
      });
      const release = () => canvas.removeEventListener('keydown', hold);
      // Not loaded (offline, blocked): the chart keeps its picture and table, and the keys do nothing.
      void this.#explorer.then(release, release);
    }
    return this.#explorer;
  }

  /** Draws the chart (once per connection); resolves to whether it was drawn. Never rejects: a failure shows the picture. */
  load(): Promise<boolean> {
    this.#loading ??= this.#draw(this.#life?.signal);
    return this.#loading;
  }

  async #draw(signal: AbortSignal | undefined): Promise<boolean> {
    // Both requests start at once: the views do not wait for Chart.js.
    const views = this.#views();
    try {
      drawing = await import('./chart-drawing.ts');
    } catch (error) {
      // The chunk did not load (offline, blocked, a deploy that removed it): no chart on this page can draw.
      console.warn('Chart.js did not load', error);
      for (const figure of figures()) figure.showPicture();
      return false;
    }
    const file = await views;
    // Detached while Chart.js or the views loaded: the next connection draws.
    if (signal?.aborted) return false;
    try {
      // This chart's views did not load: this chart shows its picture; the others draw from their own files.
      if (!file) throw new Error(this.#payload!.views);
      // The config type is built generically; Chart.js validates it at run time.
      this.#chart = new drawing.Chart(this.querySelector('canvas')!, this.#config() as never);
      this.#reflect();
    } catch (error) {
      this.#fail(error);
      return false;
    }
    drawRest();
    return true;
  }

  /** A chart that threw: gone, and its picture in its place. */
  #fail(error: unknown) {
    console.warn(`Chart ${this.dataset['chartId']} not drawn`, error);
    try {
      this.#chart?.destroy();
    } catch {
      // Already broken: nothing more to release.
    }
    this.#chart = null;
    this.showPicture();
  }

  /**
   * The picture no-JS readers get, in the canvas's place (data-fallback, scrolly.css), with a note that
   * points at the data table. Drawing is not tried again.
   */
  showPicture() {
    this.#loading ??= Promise.resolve(false);
    if (this.hasAttribute('data-fallback')) return;
    this.setAttribute('data-fallback', '');
    const note = document.createElement('p');
    note.className = 'chart-failed';
    note.textContent = this.#payload?.failed ?? '';
    this.querySelector('.chart-box')?.after(note);
  }

  /** What the chart draws from, once per figure (its views.json); null when it cannot load (#draw then shows the picture). */
  #views(): Promise<ChartViewsFile | null> {
    return (this.#viewsRequested ??= getJson<ChartViewsFile>(this.#payload!.views).then(
      (file) => (this.#viewsFile = file),
      () => null,
    ));
  }

  /**
   * Tooltip names, once, for a chart the reader reaches (near the viewport, or
   * a step applied): they grow with the dataset, so charts drawn for print or
   * in idle time do not fetch them. Optional: a failed request leaves the
   * tooltips with their numbers only.
   */
  #wantDetails() {
    this.#detailsRequested ??= getJson<ChartDetails>(this.#payload!.details).then(
      (details) => {
        this.#details = details;
        this.#redraw();
      },
      // Offline or blocked: the chart, its table and its description do not need the names.
      () => undefined,
    );
  }

  #config() {
    const view = this.view();
    const state = this.#printing ? {} : this.#state;
    return drawing!.toChartConfig(view, state, { ...drawing!.readTheme(this), ...(this.#printing ? { reducedMotion: true } : {}) }, this.#details[view.key]);
  }

  /**
   * Before printing: draw the whole chart; one not drawn yet prints its data
   * table (printing happens as soon as this returns, before Chart.js could
   * load). After printing: back to the reader's step, the table closed again.
   */
  printing(on: boolean) {
    this.#printing = on;
    const table = this.querySelector<HTMLDetailsElement>('details.chart-data');
    if (on && !this.#chart && table) {
      this.dataset['printTable'] = table.open ? 'was-open' : 'opened';
      table.open = true;
    } else if (!on && this.dataset['printTable']) {
      if (table && this.dataset['printTable'] === 'opened') table.open = false;
      delete this.dataset['printTable'];
    }
    if (this.#chart) this.#redraw();
    else if (on) void this.load();
  }

  /** Sizes the chart to its box again. */
  fit() {
    this.#chart?.resize();
  }

  /** Whether drawing has started (it may still be loading, or have failed). */
  get started(): boolean {
    return this.#loading !== null;
  }

  /** Shows a step its section reported. */
  #show(step: StepDetail) {
    this.#state = step.state;
    this.#step = step;
    this.#wantDetails();
    if (this.#chart) this.#redraw();
    else void this.load();
    this.#scheduleAnnounce(ANNOUNCE_AFTER_MS);
  }

  #scheduleAnnounce(after: number) {
    window.clearTimeout(this.#announceTimer);
    this.#announceTimer = window.setTimeout(() => this.#announce(), after);
  }

  /**
   * Says, politely, what the step that has stayed active changed: once per
   * step (not again for the step last told), and not over what the reader
   * asked for: not while they explore the chart by keyboard, nor for
   * HOLD_AFTER_READER_MS after the figure answered them while focus is still
   * in it (the sound button's "playing" sentence). A step held back is tried
   * again later, and told once the reader has left the chart or the hold ends.
   */
  #announce() {
    const heard = this.#heard!;
    const step = this.#step;
    // A chart not drawn (still loading, or failed and showing its picture) has no drawn change to tell.
    if (!step || heard.index === step.index || !this.#chart || !drawing) return;
    const held = HOLD_AFTER_READER_MS - (performance.now() - this.#spokeAt);
    if (this.exploring || (held > 0 && this.contains(document.activeElement))) {
      this.#scheduleAnnounce(Math.max(held, ANNOUNCE_AFTER_MS));
      return;
    }
    const { views, strings } = this.#viewsFile!;
    const { locale } = this.#payload!;
    const text = drawing.describeChange(
      views,
      { state: heard.state, untilLabel: drawing.untilLabel(locale, heard.state) },
      { state: step.state, untilLabel: drawing.untilLabel(locale, step.state) },
      { n: step.index + 1, total: Math.max(step.count, step.index + 1) },
      strings,
    );
    this.#heard = { state: step.state, index: step.index };
    if (text) this.say(text, false);
  }

  /** Puts a sentence in the figure's polite live region; `asked`: one the reader asked for (the explorer's). */
  say(text: string, asked = true) {
    if (asked) this.#spokeAt = performance.now();
    const status = this.querySelector('[data-chart-status]');
    if (status) status.textContent = text;
  }

  /** The view shown (ExplorerHost: the explorer reads the figure). */
  view(): DrawnView {
    const key = this.#printing ? undefined : this.#state.view;
    const { views } = this.#viewsFile!;
    return views.find((v) => v.key === key) ?? views[0]!;
  }

  #redraw() {
    if (!this.#chart) return;
    try {
      const config = this.#config();
      this.#chart.data = config.data as never;
      this.#chart.options = config.options as never;
      this.#chart.update();
      this.#reflect();
    } catch (error) {
      this.#fail(error);
    }
  }

  /** The Chart.js chart once drawn (null before, or after a failure): the explorer and the browser tests read its geometry. */
  get drawn(): ChartInstance | null {
    return this.#chart;
  }

  get locale(): Payload['locale'] {
    return this.#payload!.locale;
  }

  /** The step's state shown. */
  state(): StepState {
    return this.#state;
  }

  /** The names behind the bars, once they have arrived ({} before). */
  details(): ChartDetails {
    return this.#details;
  }

  /** The drawn state in words, following the view the step shows: heading, the canvas's label, the chart as text, legend and data table. */
  #reflect() {
    const { strings, views } = this.#viewsFile!;
    const { locale } = this.#payload!;
    const shown = this.view().key;
    const title = this.#payload!.titles?.[shown] ?? this.#payload!.title;
    const state = this.#printing ? {} : this.#state;
    const until = drawing!.untilLabel(locale, state);
    const step = this.#step;
    const heading = this.querySelector('[data-chart-title]');
    if (heading && heading.textContent !== title) heading.textContent = title;
    const canvas = this.querySelector('canvas')!;
    canvas.setAttribute('aria-label', drawing!.describeState(title, views, state, strings, until));
    canvas.dataset['state'] = String(step?.index ?? 0);
    const outline = this.querySelector('[data-chart-outline]');
    const html = drawing!.outlineHtml(title, views, state, strings, until, step ? { n: step.index + 1, total: step.count } : undefined);
    // Unchanged text is left alone, so a screen reader reading it does not lose its place.
    if (outline && html !== this.#outline) outline.innerHTML = html;
    this.#outline = html;
    for (const legend of this.querySelectorAll<HTMLElement>('[data-legend]')) legend.classList.toggle('is-off', legend.dataset['legend'] !== shown);
    // Every view's table stays in the HTML (no JavaScript, print); with it, the open table is the shown view's
    // (a table several views share lists them all in data-table-view).
    for (const table of this.querySelectorAll<HTMLElement>('[data-table-view]')) table.hidden = !this.#printing && !table.dataset['tableView']!.split(' ').includes(shown);
  }
}

customElements.define('chart-figure', ChartFigure);
