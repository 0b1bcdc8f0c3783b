/** The explorer's words in English (src/i18n/explore.ts). A chunk of its own: only English pages load it. */
import type { ExploreWords } from '../explore-words.ts';

const en: ExploreWords = {
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

export default en;
