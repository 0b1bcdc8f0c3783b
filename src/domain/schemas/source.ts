import { z } from 'astro/zod';
import { httpUrlText, localizedText, partialDateText, plainText, unknownFields } from './common.ts';

export const sourceSchema = z.strictObject({
  url: httpUrlText().meta({ description: 'Where the page was read: the archived URL (http or https only).' }),
  publisher: plainText.meta({ description: 'The publisher of the page as read (often a syndication or aggregator).' }),
  original: plainText.nullable().meta({ description: 'The original publisher the page copies or cites (e.g. "Bloomberg"), or null if it is original reporting.' }),
  title: plainText.nullable().default(null).meta({ description: 'Title of the page or of the original story, where known.' }),
  date: partialDateText.nullable().meta({ description: 'Publication date (partial-date syntax) or null when the archived copy has none.' }),
  dateNote: localizedText.nullable().default(null).meta({ description: 'What is known about the date when it is missing or inferred.' }),
  excerpt: z.string().optional().meta({ description: 'Short excerpt kept so an editor can check the fact; never shown as our own text.' }),
  note: plainText.optional().meta({ description: 'Caveat about the page itself (e.g. a typo in its date).' }),
}, unknownFields);
export type Source = z.infer<typeof sourceSchema>;
