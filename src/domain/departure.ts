/**
 * What is known about a person's departure, as precisely as it was reported:
 * an exit date ("left"), only the date it was first reported ("reported"), or
 * a reported plan to leave with no exit date ("planned"). Pages word each
 * differently, so a plan never reads as "left" and a report date never reads
 * as an exit date.
 */
import type { Entry } from './schemas/index.ts';

export type DepartureKind = 'left' | 'reported' | 'planned';

export interface DepartureFact {
  kind: DepartureKind;
  /** The date in partial-date syntax: the exit date (planned or past) when known, else the date of the first report. */
  date: string;
}

export function departureFact(p: Pick<Entry<'people'>, 'departure'>): DepartureFact | null {
  const d = p.departure;
  if (!d) return null;
  if (d.planned) return { kind: 'planned', date: d.left ?? d.reported };
  if (d.left !== null) return { kind: 'left', date: d.left };
  return { kind: 'reported', date: d.reported };
}
