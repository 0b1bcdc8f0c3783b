/**
 * How long someone who left had been at Meta, as the range their partial
 * dates leave open, in months (30.44 days): at least from the last day their
 * start can mean to the first day their exit can mean, at most from the first
 * to the last. The exit is the reported leaving date, or else the date the
 * departure was first reported (as the tenure figure keys count it). Never a
 * single invented day.
 *
 *   tenureRange({ started: '2025-07', departure: { left: '2026-02', … } })   // { min: 6.08, max: 7.95 }
 */
import { dayNumber, parsePartialDate } from '../domain/partial-date.ts';
import { departureDate } from '../domain/series.ts';
import type { Entry } from '../domain/schemas/index.ts';

const DAYS_PER_MONTH = 365.25 / 12;

export function tenureRange(p: Entry<'people'>): { min: number; max: number } | null {
  const gone = departureDate(p);
  if (p.started === null || gone === null) return null;
  const start = parsePartialDate(p.started);
  const months = (days: number) => Math.round((Math.max(0, days) / DAYS_PER_MONTH) * 100) / 100;
  return { min: months(dayNumber(gone.start) - dayNumber(start.end)), max: months(dayNumber(gone.end) - dayNumber(start.start)) };
}
