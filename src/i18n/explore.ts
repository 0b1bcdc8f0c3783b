/**
 * The words of exploring a chart by keyboard, one dictionary per locale like
 * ui.ts, kept apart from it so that they download with the explorer only
 * (src/client/chart-explorer.ts, loaded when a reader first focuses a chart):
 * ui.ts is in the script every chart page loads. The hint and the role are
 * written into the page at build time (ChartFigure.astro). `en` must have
 * exactly the keys and placeholders of `id` (explore.test.ts).
 */
import type { Locale } from './ui.ts';

const id = {
  role: 'grafik interaktif',
  hint: 'Papan ketik: panah kiri dan kanan menelusuri batang, atas dan bawah berganti seri, Home dan End ke ujung, S memutar suara, Esc keluar.',
  point: '{category}, {series}: {value}.',
  empty: 'tidak ada',
  total: 'Total batang ini: {n}.',
  position: 'Batang {i} dari {n}.',
  left: 'Keluar dari grafik.',
  sound: 'Dengarkan grafik (S)',
  playing: 'Suara: {series}, {n} batang dari kiri ke kanan; nada makin tinggi, angka makin besar.',
  totals: 'total tiap batang',
  mark: 'Penanda langkah ini: {label}.',
  unit: '{name}: {group}.',
  person: 'Orang {i} dari {n}.',
} as const;

export type ExploreKey = keyof typeof id;

const en: Record<ExploreKey, string> = {
  role: 'interactive chart',
  hint: 'Keyboard: Left and Right arrows move along the bars, Up and Down change series, Home and End jump to the ends, S plays it as sound, Esc leaves.',
  point: '{category}, {series}: {value}.',
  empty: 'none',
  total: 'This bar in all: {n}.',
  position: 'Bar {i} of {n}.',
  left: 'Left the chart.',
  sound: 'Hear the chart (S)',
  playing: 'Sound: {series}, {n} bars from left to right; the higher the note, the larger the number.',
  totals: 'each bar in all',
  mark: 'This step’s marker: {label}.',
  unit: '{name}: {group}.',
  person: 'Person {i} of {n}.',
};

export const exploreUi: Record<Locale, Record<ExploreKey, string>> = { id, en };

/** A string of the explorer in `locale`, placeholders filled as ui.ts's t() does. */
export function te(locale: Locale, key: ExploreKey, vars: Record<string, string | number> = {}): string {
  return exploreUi[locale][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
