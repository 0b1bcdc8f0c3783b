/**
 * Dates a story's prose can print with <When of="…" />, read from the data so
 * the text cannot be more precise than the reporting:
 *   event:<event id>              the event's date ("event:2025-06-30-msl-memo")
 *   <person id>.<field>           hireReported, started, departure.reported or departure.left
 *                                 ("yang-song.started", "yann-lecun.departure.reported")
 */
import { closest } from './closest.ts';
import type { Dataset } from './dataset.ts';
import { parsePartialDate, type PartialDate } from './partial-date.ts';

export const personDateFields = ['hireReported', 'started', 'departure.reported', 'departure.left'] as const;

export type DateRef = { ok: true; date: PartialDate } | { ok: false; error: string };

/** Every reference that resolves to a date, for suggestions and the editor's guide. */
export function dateRefs(data: Dataset): string[] {
  const refs = data.events.map((e) => `event:${e.id}`);
  for (const p of data.people) {
    for (const f of personDateFields) if (personDate(p, f) !== null) refs.push(`${p.id}.${f}`);
  }
  return refs;
}

function personDate(p: Dataset['people'][number], field: (typeof personDateFields)[number]): string | null {
  if (field === 'hireReported') return p.hireReported;
  if (field === 'started') return p.started;
  if (field === 'departure.reported') return p.departure?.reported ?? null;
  return p.departure?.left ?? null;
}

export function resolveDateRef(data: Dataset, ref: string): DateRef {
  const hint = () => {
    const c = closest(ref, dateRefs(data));
    return c ? ` Did you mean "${c}"?` : '';
  };
  if (ref.startsWith('event:')) {
    const e = data.events.find((x) => x.id === ref.slice('event:'.length));
    return e ? { ok: true, date: parsePartialDate(e.date) } : { ok: false, error: `no event "${ref.slice(6)}" in content/data/events.yaml.${hint()}` };
  }
  const dot = ref.indexOf('.');
  const id = dot < 0 ? ref : ref.slice(0, dot);
  const field = ref.slice(dot + 1) as (typeof personDateFields)[number];
  const p = data.people.find((x) => x.id === id);
  if (dot < 0 || !p) return { ok: false, error: `"${ref}" names no event or person. Write of="event:<event id>" or of="<person id>.started".${hint()}` };
  if (!personDateFields.includes(field)) return { ok: false, error: `"${field}" is not a date field of a person; use one of ${personDateFields.join(', ')}.` };
  const text = personDate(p, field);
  if (text === null) return { ok: false, error: `${p.name} has no ${field} date in content/data/people.yaml (it is null: not reported).${hint()}` };
  return { ok: true, date: parsePartialDate(text) };
}
