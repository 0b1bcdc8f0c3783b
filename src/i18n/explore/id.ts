/** The explorer's words in Indonesian (src/i18n/explore.ts). A chunk of its own: only Indonesian pages load it. */
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

export default id;
