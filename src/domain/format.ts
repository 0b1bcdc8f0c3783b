/** Dates and numbers for readers, per locale, through Intl. */
import { t, intlLocale, type Locale } from '../i18n/ui.ts';
import { dayNumber, type CalendarDay, type PartialDate } from './partial-date.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to create: one per locale and options, reused. */
function dateFormat(locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(intlLocale[locale], { ...opts, timeZone: 'UTC' })));
  return f;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

const utc = (d: CalendarDay) => new Date(dayNumber(d) * 86_400_000);

export function formatDay(d: CalendarDay, locale: Locale, opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  return dateFormat(locale, opts).format(utc(d));
}

export function formatDayNumber(day: number, locale: Locale, opts?: Intl.DateTimeFormatOptions): string {
  const date = new Date(day * 86_400_000);
  return formatDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, locale, opts);
}

export function formatMonth(key: string, locale: Locale, opts: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' }): string {
  const [year, month] = key.split('-').map(Number);
  return formatDay({ year: year!, month: month!, day: 1 }, locale, opts);
}

/**
 * A partial date as precise as it is known: "27–28 Juni 2025", "Juli 2025", "sekitar Februari 2025".
 * year: false leaves the year out ("30 Juni"), for prose where the year is clear from the sentence.
 */
export function formatPartialDate(d: PartialDate | null, locale: Locale, { year = true }: { year?: boolean } = {}): string {
  if (d === null) return t(locale, 'date.unknown');
  // The same text always reads the same (a date's text says all of it): kept, as charts format each date many times.
  const key = `${locale}${year ? 'y' : 'n'}${d.text}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = formatUncached(d, locale, year)));
  return text;
}

const formatted = new Map<string, string>();

function formatUncached(d: PartialDate, locale: Locale, year: boolean): string {
  const y = year ? ({ year: 'numeric' } as const) : {};
  const monthOpts: Intl.DateTimeFormatOptions = { month: 'long', ...y };
  let text: string;
  if (d.precision === 'year') text = String(d.start.year);
  else if (d.precision === 'month') {
    text = d.range
      ? dateFormat(locale, monthOpts).formatRange(utc(d.start), utc(d.end))
      : formatDay(d.start, locale, monthOpts);
  } else if (d.range) {
    text = dateFormat(locale, { day: 'numeric', ...monthOpts }).formatRange(utc(d.start), utc(d.end));
  } else text = formatDay(d.start, locale, { day: 'numeric', ...monthOpts });
  if (d.approximate) return t(locale, 'date.approx', { date: text });
  if (d.byBound) return t(locale, 'date.by', { date: text });
  return text;
}

export function formatNumber(n: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(intlLocale[locale])));
  return f.format(n);
}
