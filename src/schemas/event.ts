import { z } from 'astro/zod';
import { idSchema, partialDateText, plainText, verificationSchema } from './common.ts';

export const eventKinds = [
  'hire',
  'departure',
  'reorganisation',
  'hiring-freeze',
  'announcement',
  'layoff',
  'publication',
] as const;

export const eventSchema = z.object({
  /** When it happened or was reported (partial-date syntax). */
  date: partialDateText,
  /** What kind of event it is. */
  kind: z.enum(eventKinds),
  /** Person ids involved (may be empty). */
  people: z.array(idSchema).default([]),
  /** One line we wrote, in Indonesian. */
  summary: plainText,
  /** The same line in English. */
  summaryEn: plainText,
  /** How well the event is verified. */
  verification: verificationSchema,
  /** Source ids; at least one. */
  sources: z.array(idSchema).min(1, { error: 'needs at least one source id' }),
  /** Discrepancies between sources, shown to readers. */
  notes: plainText.nullable().default(null),
});
export type Event = z.infer<typeof eventSchema>;
