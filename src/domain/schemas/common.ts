import { z } from 'astro/zod';
import { httpUrl } from '../url.ts';
import { closest } from '../closest.ts';

/** What an editor reads for a field no schema knows: without this its value would vanish without a word. */
export function unknownFieldMessage(key: string, known: string[]): string {
  const hint = closest(key, known);
  return hint
    ? `unknown field "${key}": did you mean "${hint}"? (its value would be lost)`
    : `unknown field "${key}" (its value would be lost). Known fields here: ${known.join(', ')}`;
}

/**
 * The error option for z.strictObject: an unknown field fails, named with the
 * nearest known one. Every object an editor writes (data entries, frontmatter)
 * is strict: z.object() would drop a mistyped `note:` silently.
 */
export const unknownFields = {
  error: (issue: z.core.$ZodRawIssue) => {
    if (issue.code !== 'unrecognized_keys') return undefined;
    const known = Object.keys((issue.inst as z.ZodObject)._zod.def.shape);
    return issue.keys.map((k) => unknownFieldMessage(k, known)).join('; ');
  },
};

/**
 * A frontmatter object: strict like the others, but each unknown field is an
 * issue at its own name, so Astro prints `descripton: unknown field …` (an
 * unknown key of a strict object is an issue of the object itself, which
 * Astro prints as `****:` at the top level).
 */
export function frontmatterObject<S extends z.core.$ZodLooseShape>(shape: S) {
  const known = Object.keys(shape);
  return z.looseObject(shape).superRefine(
    (value, ctx) => {
      if (!value || typeof value !== 'object') return;
      for (const key of Object.keys(value)) {
        if (!known.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: unknownFieldMessage(key, known) });
      }
    },
    // Also when other fields have problems: a misspelt field often explains a "missing" one.
    { when: () => true },
  );
}

/** The fields of the object schema at `path` inside `schema` (array indices skipped), or [] when there is none. */
export function knownFieldsAt(schema: z.ZodType, path: (string | number)[]): string[] {
  let s: z.core.$ZodType | undefined = schema;
  for (let i = 0; s; ) {
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    if ('innerType' in def) s = def.innerType as z.core.$ZodType;
    else if (def.type === 'pipe') s = def.in as z.core.$ZodType;
    else if (def.type === 'array') {
      s = def.element as z.core.$ZodType;
      if (typeof path[i] === 'number') i++;
    } else if (def.type === 'object') {
      const shape = def.shape as Record<string, z.core.$ZodType>;
      if (i === path.length) return Object.keys(shape);
      s = shape[String(path[i++])];
    } else return [];
  }
  return [];
}

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be kebab-case (a-z, 0-9 and single hyphens), e.g. "yang-song"' })
  .meta({ description: 'Kebab-case identifier used as the entry id and in references.' });

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
 * A date as reported, kept as a string and parsed by src/domain/partial-date.ts:
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
 * An absolute http:// or https:// address, checked by httpUrl() (src/domain/url.ts), the same check every
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
