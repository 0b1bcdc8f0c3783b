import { z } from 'astro/zod';
import { frontmatterObject, httpUrlText, unknownFields } from './common.ts';

const tag = /<\/?[a-z][^>]*>/i;

/**
 * The message for a field that is left out, or `otherwise` for one that is
 * there with the wrong kind of value: Zod reports both as one invalid type.
 */
const missingOr = (field: string, otherwise: string) => (issue: { input?: unknown }) => {
  if (issue.input !== undefined) return otherwise;
  const [parent, key] = field.includes('.') ? field.split('.') : [null, field];
  return `${field} is missing: add a line "${key}: …" ${parent ? `under "${parent}:"` : 'between the two --- lines at the top'}`;
};

/** Text shown as-is in headings and meta tags, where markup would print literally. */
const plain = (field: string) =>
  z
    .string({ error: missingOr(field, `${field} must be text`) })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .superRefine((s, ctx) => {
      const found = tag.exec(s);
      if (found) ctx.addIssue({ code: 'custom', message: `${field} must be plain text, without HTML tags: remove "${found[0]}"` });
    });

function isRealDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar day "YYYY-MM-DD", kept as a string: unquoted YAML dates roll "2025-02-30" over into March. */
const isoDay = (field: string) =>
  z
    .string({ error: missingOr(field, `${field} must be a quoted date such as '2026-11-27' (unquoted, YAML turns it into a timestamp)`) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${field} must be written YYYY-MM-DD, e.g. '2026-11-27'` })
    .refine(isRealDay, { error: `${field} is not a real calendar date (check the month and the day)` });

export const storySchema = frontmatterObject({
  /** Headline, plain text. */
  title: plain('title'),
  /** Standfirst under the headline: one or two sentences, plain text. */
  dek: plain('dek'),
  /** Authors or desk names, in display order. */
  byline: z.array(plain('byline name'), { error: missingOr('byline', 'byline must be a list of names, each on its own line starting with "  - "') }).min(1, { error: 'byline needs at least one name' }),
  /** Language of this edition; sets <html lang>. */
  lang: z.enum(['id', 'en'], { error: missingOr('lang', "lang must be 'id' or 'en'") }),
  /** First publication day, YYYY-MM-DD. */
  published: isoDay('published'),
  /** Day of the last substantive update, YYYY-MM-DD; not before `published`. */
  updated: isoDay('updated').optional(),
  /** The reporting the story is built on; leave it out for a story built from the dataset alone (the header then credits the data and its sources). */
  basedOn: z.strictObject({
    /** Publisher of the original, e.g. "WIRED". */
    publisher: plain('basedOn.publisher'),
    /** Original headline, in its own language. */
    title: plain('basedOn.title'),
    /** Publication date as we can state it, in words, disputes included ("24 atau 25 September 2025"). */
    dateNote: plain('basedOn.dateNote'),
    /** Publication day, only when the sources agree on it. */
    date: isoDay('basedOn.date').optional(),
    /** URL of the original (http or https); null when no copy of it was stored. */
    url: httpUrlText('basedOn.url').nullable(),
  }, unknownFields).optional(),
  /** Corrections to the published story, oldest first. */
  corrections: z
    .array(
      z.strictObject({
        /** Day of the correction, YYYY-MM-DD. */
        date: isoDay('corrections.date'),
        /** What was wrong and what it now says. */
        text: plain('corrections.text'),
      }, unknownFields),
    )
    .default([]),
  /** Summary for search engines and link previews, at most 160 characters. */
  description: plain('description').pipe(z.string().max(160, { error: 'description must be at most 160 characters (search results cut it)' })),
  /** Id of the story this one is an edition of (e.g. the English edition names the Indonesian one), for the language switch and hreflang. */
  translationOf: z.string().optional(),
  /** The page's address, when it is not the file name: kebab-case, replaces the file name (en/x.mdx with slug y is /en/y/). */
  slug: z.string().optional(),
  /** A draft stays in the collection but gets no page and no place in the index. */
  draft: z.boolean().default(false),
}).superRefine((story, ctx) => {
  // ISO days compare correctly as strings.
  if (story.updated !== undefined && story.updated < story.published) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: `updated (${story.updated}) is before published (${story.published})` });
  }
  story.corrections.forEach((c, i) => {
    if (c.date < story.published) {
      ctx.addIssue({ code: 'custom', path: ['corrections', i, 'date'], message: `correction date ${c.date} is before published (${story.published})` });
    }
  });
});

export type Story = z.infer<typeof storySchema>;
