import { z } from 'astro/zod';
import { frontmatterObject, plainText } from './common.ts';

/** A standalone page written in MDX (methodology, about). */
export const pageSchema = frontmatterObject({
  /** Page title, plain text. */
  title: plainText,
  /** Summary for search engines, at most 160 characters. */
  description: plainText.pipe(z.string().max(160, { error: 'description must be at most 160 characters' })),
  /** Language of the page. */
  lang: z.enum(['id', 'en']),
  /** Id of the page this one is an edition of, for the language switch and hreflang. */
  translationOf: z.string().optional(),
});
