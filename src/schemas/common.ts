import { z } from 'astro/zod';
import { httpUrl } from '../lib/url.ts';

/** Kebab-case identifier used as the entry id and in references. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case (a-z, 0-9 and single hyphens), e.g. "yang-song"' });

/** Plain text shown to readers: no HTML tags allowed (they would be printed as text anyway). */
export const plainText = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .refine((s) => !/<\/?[a-z][^>]*>/i.test(s), { error: 'must be plain text: remove the HTML/markup tags' });

/** Verification level, as defined in the dossier's legend. */
export const verificationSchema = z.enum(['confirmed', 'secondary-only', 'unverified'], {
  error: 'must be one of "confirmed", "secondary-only", "unverified"',
});
export type Verification = z.infer<typeof verificationSchema>;

/**
 * A date as reported, kept as a string and parsed by src/lib/partial-date.ts:
 * "2025-06-12" (day), "2025-06" (month), "2025" (year), "2025-06-27/28" or
 * "2025-06-27/2025-06-28" (range), "~2025-02" (approximate), "by 2025-10-22" (no later than).
 */
export const partialDateText = z.string({ error: 'must be a quoted date string such as "2025-06-12"' });

/** One language of a localizedText: plain text like plainText, with a message that names the language. */
const textIn = (language: string, key: 'id' | 'en') =>
  z
    .string({ error: `the ${language} text is missing: add a line "${key}: …" under this field` })
    .trim()
    .min(1, { error: `the ${language} text ("${key}") must not be empty` })
    .refine((s) => !/<\/?[a-z][^>]*>/i.test(s), { error: 'must be plain text: remove the HTML/markup tags' });

/**
 * Free text readers see, in both editions' languages. Each page shows the
 * text of its own language; the downloads carry both.
 */
export const localizedText = z.strictObject(
  {
    /** In Indonesian (the primary edition). */
    id: textIn('Indonesian', 'id'),
    /** In English. */
    en: textIn('English', 'en'),
  },
  { error: 'must be given in both languages, on two indented lines under the field: "id: …" (Indonesian) and "en: …" (English)' },
);
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * An absolute http:// or https:// address, checked by httpUrl() (src/lib/url.ts), the same check every
 * page runs before it renders one: a javascript: or data: address would run code when a reader clicks it.
 * `field` starts the message where the error does not name the field itself (story frontmatter).
 */
export const httpUrlText = (field?: string) => {
  const subject = field ? `${field} must` : 'must';
  return z
    .string({ error: `${subject} be a web address in quotes, e.g. "https://www.wired.com/…"` })
    .trim()
    .superRefine((s, ctx) => {
      if (httpUrl(s) === null) ctx.addIssue({ code: 'custom', message: `${subject} be a full http:// or https:// address, not ${JSON.stringify(s.slice(0, 80))}` });
    });
};
