/**
 * A person's sources as a reader should see them: each outlet that did the
 * original reporting named once, with every page we read it on (the copy's
 * publisher, date and URL) beneath it. Pages that are original reporting are
 * their own outlet. Outlets in order of first citation, copies in the order
 * given.
 *
 *   citations(['livemint-x', 'techtoken-y'], data.sources)
 *   // [{ outlet: 'WSJ', copies: [livemint source, techtoken source] }]
 */
import type { Dataset } from './dataset.ts';

type Source = Dataset['sources'][number];

export interface Citation {
  /** The original outlet (e.g. "Bloomberg"), or the publisher of a page that is original reporting. */
  outlet: string;
  /** The pages it was read on; for original reporting, the page itself. */
  copies: Source[];
}

export function citations(ids: readonly string[], sources: readonly Source[]): Citation[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const groups = new Map<string, Citation>();
  for (const id of new Set(ids)) {
    const s = byId.get(id);
    if (!s) throw new Error(`citations: unknown source "${id}" (the dataset checks should have caught this)`);
    const outlet = s.original ?? s.publisher;
    const group = groups.get(outlet) ?? { outlet, copies: [] };
    group.copies.push(s);
    groups.set(outlet, group);
  }
  return [...groups.values()];
}
