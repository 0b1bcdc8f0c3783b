import { z } from 'astro/zod';
import { httpUrlText, localizedText, partialDateText, plainText, unknownFields } from './common.ts';

export const sourceSchema = z.strictObject({
  /** Where the page was read: the archived URL (http or https only). */
  url: httpUrlText(),
  /** The publisher of the page as read (often a syndication or aggregator). */
  publisher: plainText,
  /** The original publisher the page copies or cites (e.g. "Bloomberg"), or null if it is original reporting. */
  original: plainText.nullable(),
  /** Title of the page or of the original story, where known. */
  title: plainText.nullable().default(null),
  /** Publication date (partial-date syntax) or null when the archived copy has none. */
  date: partialDateText.nullable(),
  /** What is known about the date when it is missing or inferred. */
  dateNote: localizedText.nullable().default(null),
  /** Short excerpt kept so an editor can check the fact; never shown as our own text. */
  excerpt: z.string().optional(),
  /** Caveat about the page itself (e.g. a typo in its date). */
  note: plainText.optional(),
}, unknownFields);
export type Source = z.infer<typeof sourceSchema>;
