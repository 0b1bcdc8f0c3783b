/**
 * The day the site is built, against which no reported date may lie in the
 * future. Injectable so tests and reproducible builds do not depend on the
 * clock: BUILD_DATE=YYYY-MM-DD, else the day of SOURCE_DATE_EPOCH (seconds,
 * the reproducible-builds convention), else today. A moment's day is taken
 * where it is latest (UTC+14), so a date that is already today somewhere,
 * say in Jakarta before 07:00 UTC, never counts as the future.
 */
import { parsePartialDate, type CalendarDay } from './partial-date.ts';

export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): CalendarDay {
  const set = env['BUILD_DATE']?.trim();
  if (set) {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(set) ? safeDay(set) : null;
    if (!d) throw new Error(`BUILD_DATE="${set}" is not a day: write it YYYY-MM-DD, e.g. BUILD_DATE=2026-11-27, or leave it unset to use today`);
    return d;
  }
  const epoch = env['SOURCE_DATE_EPOCH']?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH="${epoch}" is not a number of seconds since 1970-01-01 (UTC)`);
    return fromDate(new Date(Number(epoch) * 1000));
  }
  return fromDate(now);
}

function safeDay(text: string): CalendarDay | null {
  try {
    return parsePartialDate(text).start;
  } catch {
    return null;
  }
}

const LATEST_OFFSET_MS = 14 * 3_600_000;

function fromDate(moment: Date): CalendarDay {
  const d = new Date(moment.getTime() + LATEST_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

