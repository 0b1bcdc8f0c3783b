/**
 * Every UI string (labels, legends, axis titles, buttons, table headers), one
 * dictionary per locale. `en` must have exactly the keys of `id` (the type
 * enforces it; src/i18n/ui.test.ts checks it at run time too).
 */
export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];

export const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-US' };

const id = {
  'site.name': 'Meja Data',
  'site.tagline': 'Penjelasan berbasis data',
  'group.openai': 'OpenAI',
  'group.google': 'Google/DeepMind',
  'group.scale': 'Scale AI',
  'group.apple': 'Apple',
  'group.anthropic': 'Anthropic',
  'group.startup': 'Startup',
  'group.meta': 'Meta',
  'group.other': 'Lainnya',
  'chart.undated': 'Tanggal tak diketahui',
  'chart.weekOf': 'Pekan {date}',
  'chart.hiresPerWeek': 'Rekrutan per pekan (menurut laporan pertama)',
  'chart.hires': 'Jumlah rekrutan',
  'chart.people': 'Jumlah orang',
  'chart.departures': 'Jumlah yang keluar',
  'chart.confirmed': 'Terkonfirmasi di sumber',
  'chart.secondary': 'Hanya di salinan sekunder',
  'chart.summer': 'Rekrutan musim panas 2025',
  'chart.earlier': 'Staf yang bergabung lebih awal',
  'chart.remaining': 'Masih di MSL',
  'chart.undisclosed': 'Tidak diungkap / belum bernama',
  'chart.thisData': 'Data ini: nama yang bisa dilacak',
  'chart.view.weekly': 'per pekan',
  'chart.view.cumulative': 'kumulatif',
  'chart.describe.view': 'Tampilan: {view}.',
  'chart.describe.total': 'Total yang terlihat: {n}.',
  'chart.describe.until': 'Data hingga {date}.',
  'chart.describe.highlight': 'Disorot: {names}.',
  'chart.describe.mark': 'Penanda: {label}.',
  'chart.describe.largest': 'Terbesar: {label} ({n}).',
  'figure.source': 'Sumber',
  'figure.showData': 'Lihat data',
  'figure.method': 'Cara kami menghitung',
  'figure.noscript': 'Grafik interaktif membutuhkan JavaScript. Datanya ada di tabel di bawah.',
  'table.week': 'Pekan',
  'table.month': 'Bulan',
  'table.total': 'Total',
  'table.group': 'Asal',
  'table.destination': 'Tujuan',
  'table.source': 'Penghitung',
  'table.count': 'Jumlah',
  'date.approx': 'sekitar {date}',
  'date.by': 'paling lambat {date}',
  'date.unknown': 'tak diketahui',
  'qualifier.at-least': 'setidaknya {n}',
  'qualifier.more-than': 'lebih dari {n}',
  'qualifier.exactly': '{n}',
  'step.label': 'Langkah {n} dari {total}',
} as const;

export type UiKey = keyof typeof id;
export type Dictionary = Record<UiKey, string>;

const en: Dictionary = {
  'site.name': 'The Data Desk',
  'site.tagline': 'Data explainers',
  'group.openai': 'OpenAI',
  'group.google': 'Google/DeepMind',
  'group.scale': 'Scale AI',
  'group.apple': 'Apple',
  'group.anthropic': 'Anthropic',
  'group.startup': 'Startups',
  'group.meta': 'Meta',
  'group.other': 'Other',
  'chart.undated': 'Date unknown',
  'chart.weekOf': 'Week of {date}',
  'chart.hiresPerWeek': 'Hires per week (by first report)',
  'chart.hires': 'Hires',
  'chart.people': 'People',
  'chart.departures': 'Departures',
  'chart.confirmed': 'Confirmed in source',
  'chart.secondary': 'Secondary copies only',
  'chart.summer': 'Summer 2025 recruits',
  'chart.earlier': 'Staff who joined earlier',
  'chart.remaining': 'Still at MSL',
  'chart.undisclosed': 'Undisclosed / unnamed',
  'chart.thisData': 'This dataset: traceable names',
  'chart.view.weekly': 'per week',
  'chart.view.cumulative': 'cumulative',
  'chart.describe.view': 'View: {view}.',
  'chart.describe.total': 'Total shown: {n}.',
  'chart.describe.until': 'Data up to {date}.',
  'chart.describe.highlight': 'Highlighted: {names}.',
  'chart.describe.mark': 'Marker: {label}.',
  'chart.describe.largest': 'Largest: {label} ({n}).',
  'figure.source': 'Source',
  'figure.showData': 'Show the data',
  'figure.method': 'How we counted',
  'figure.noscript': 'The interactive chart needs JavaScript. Its data is in the table below.',
  'table.week': 'Week',
  'table.month': 'Month',
  'table.total': 'Total',
  'table.group': 'From',
  'table.destination': 'Destination',
  'table.source': 'Counted by',
  'table.count': 'Count',
  'date.approx': 'around {date}',
  'date.by': 'by {date}',
  'date.unknown': 'unknown',
  'qualifier.at-least': 'at least {n}',
  'qualifier.more-than': 'more than {n}',
  'qualifier.exactly': '{n}',
  'step.label': 'Step {n} of {total}',
};

export const ui: Record<Locale, Dictionary> = { id, en };

/** Looks up a UI string and fills its {placeholders}. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return ui[locale][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
