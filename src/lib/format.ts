/** Dates and numbers for readers, per locale, through Intl. */
import { t, intlLocale, type Locale } from '../i18n/ui.ts';
import { dayNumber, type CalendarDay, type PartialDate } from './partial-date.ts';

const utc = (d: CalendarDay) => new Date(dayNumber(d) * 86_400_000);

export function formatDay(d: CalendarDay, locale: Locale, opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { ...opts, timeZone: 'UTC' }).format(utc(d));
}

export function formatDayNumber(day: number, locale: Locale, opts?: Intl.DateTimeFormatOptions): string {
  const date = new Date(day * 86_400_000);
  return formatDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, locale, opts);
}

export function formatMonth(key: string, locale: Locale, opts: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' }): string {
  const [year, month] = key.split('-').map(Number);
  return formatDay({ year: year!, month: month!, day: 1 }, locale, opts);
}

/** A partial date as precise as it is known: "27–28 Juni 2025", "Juli 2025", "sekitar Februari 2025". */
export function formatPartialDate(d: PartialDate | null, locale: Locale): string {
  if (d === null) return t(locale, 'date.unknown');
  const monthOpts: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
  let text: string;
  if (d.precision === 'year') text = String(d.start.year);
  else if (d.precision === 'month') {
    text = d.range
      ? new Intl.DateTimeFormat(intlLocale[locale], { ...monthOpts, timeZone: 'UTC' }).formatRange(utc(d.start), utc(d.end))
      : formatDay(d.start, locale, monthOpts);
  } else if (d.range) {
    text = new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(utc(d.start), utc(d.end));
  } else text = formatDay(d.start, locale);
  if (d.approximate) return t(locale, 'date.approx', { date: text });
  if (d.byBound) return t(locale, 'date.by', { date: text });
  return text;
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(n);
}
