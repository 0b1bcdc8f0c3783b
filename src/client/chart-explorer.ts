/**
 * Keyboard exploration of one chart: arrow keys, Home and End move over the
 * bars of the view the step shows (src/specs/explore.ts), each position is
 * said in the figure's live region and shown with Chart.js's tooltip; S (or
 * the figure's sound button) plays the series as notes; Escape leaves the
 * chart. Loaded by <chart-figure> (a chunk of its own) only when a reader
 * first focuses a chart or asks for its sound, so nothing of it is downloaded
 * before, and no sound plays unless asked for.
 */
import type { Chart } from 'chart.js';
import { say, type ExploreWords } from '../i18n/explore-words.ts';
import type { Locale } from '../i18n/ui.ts';
import { describePoint, move, soundValues, tones, type Position } from '../specs/explore.ts';
import { elementOf } from '../specs/to-chartjs.ts';
import type { ChartDetails, DrawnView, StepState } from '../specs/types.ts';

/** What the explorer needs of its <chart-figure>. */
export interface ExplorerHost {
  readonly locale: Locale;
  view(): DrawnView;
  state(): StepState;
  /** The names behind the bars, once they have arrived ({} before). */
  details(): ChartDetails;
  /** The Chart.js chart, once drawn. */
  readonly drawn: Chart | null;
  say(text: string): void;
  /** True while the chart has keyboard focus: the figure keeps step announcements for later. */
  exploring: boolean;
}

/** The words in `locale` only, a chunk each: a page downloads its own language's. */
const loadWords = async (locale: Locale): Promise<ExploreWords> => (await (locale === 'en' ? import('../i18n/explore/en.ts') : import('../i18n/explore/id.ts'))).default;

/** Seconds per bar when a series plays as sound. */
const NOTE = 0.2;
let audio: AudioContext | null = null;
let notes: OscillatorNode[] = [];

function stopSound() {
  for (const n of notes) n.stop();
  notes = [];
}

/** Plays one note per value, left to right (a rest for an empty bar), quietly, with soft edges. */
function playNotes(values: readonly (number | null)[]) {
  stopSound();
  audio ??= new AudioContext();
  const ctx = audio;
  void ctx.resume();
  const start = ctx.currentTime + 0.05;
  tones(values).forEach((frequency, i) => {
    if (frequency === null) return;
    const at = start + i * NOTE;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'triangle';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.2, at + 0.02);
    gain.gain.linearRampToValueAtTime(0, at + NOTE * 0.9);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + NOTE);
    notes.push(osc);
  });
}

export interface Explorer {
  /** Plays what the reader is on (a series, or each bar's total) as sound. */
  playShape(): void;
}

/**
 * Starts exploring on `canvas`, once the words of the page's language have
 * loaded; `early` are the keys pressed on it until then (the figure keeps
 * adding to it), played now in order. Its listeners go when `signal` aborts
 * (the figure's disconnect).
 */
export async function attachExplorer(host: ExplorerHost, canvas: HTMLCanvasElement, early: readonly string[], signal: AbortSignal): Promise<Explorer> {
  const words = await loadWords(host.locale);
  let at: Position | null = null;
  let viewKey = '';

  const point = (p: Position | null) => {
    const chart = host.drawn;
    if (!chart) return;
    const active = p ? [elementOf(host.view(), p.category, p.series)] : [];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: 0, y: 0 });
    chart.update();
  };

  const playShape = () => {
    const view = host.view();
    const state = host.state();
    const { values, series } = soundValues(view, state, view.key === viewKey ? at : null);
    host.say(say(words, 'playing', { series: series ?? say(words, 'totals'), n: values.length }));
    playNotes(values);
  };

  const leave = () => {
    stopSound();
    host.exploring = false;
    if (at) point(null);
    at = null;
  };

  canvas.addEventListener('focus', () => (host.exploring = true), { signal });
  canvas.addEventListener('blur', leave, { signal });
  /** Acts on a key; false when it is not one of the explorer's. */
  const press = (key: string): boolean => {
    if (key === 'Escape') {
      leave();
      host.say(say(words, 'left'));
      canvas.blur();
      return true;
    }
    const view = host.view();
    const state = host.state();
    // A step that changed the view starts the reader again at its first bar.
    if (view.key !== viewKey) {
      viewKey = view.key;
      at = null;
    }
    if (key === 's' || key === 'S') {
      playShape();
      return true;
    }
    const next = move(view, state, at, key);
    if (!next) return false;
    at = next;
    host.exploring = true;
    host.say(describePoint(view, state, host.details()[view.key], at, words));
    point(at);
    return true;
  };

  canvas.addEventListener('keydown', (event) => {
    if (!event.altKey && !event.ctrlKey && !event.metaKey && press(event.key)) event.preventDefault();
  }, { signal });
  // Attached on the first focus, which has happened already (unless an early Escape left).
  if (document.activeElement === canvas) host.exploring = true;
  for (const key of early) if (document.activeElement === canvas) press(key);
  return { playShape };
}
