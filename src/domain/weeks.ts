/** Monday-based weeks over day numbers (days since 1970-01-01, UTC). */
import { dayNumber, type CalendarDay } from './partial-date.ts';

/** Day number of the Monday on or before `day`. 1970-01-01 was a Thursday. */
export function mondayOf(day: number): number {
  return day - ((day + 3) % 7);
}

/** Mondays of every week that overlaps [from, to]. */
export function weeksBetween(from: CalendarDay, to: CalendarDay): number[] {
  const weeks: number[] = [];
  for (let w = mondayOf(dayNumber(from)); w <= dayNumber(to); w += 7) weeks.push(w);
  return weeks;
}

/** ISO yyyy-mm-dd of a day number. */
export function isoOfDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
