import { z } from 'astro/zod';
import { idSchema, localizedText, partialDateText, plainText, unknownFields, verificationSchema } from './common.ts';

export const eventKinds = [
  'hire',
  'departure',
  'reorganisation',
  'hiring-freeze',
  'announcement',
  'layoff',
  'publication',
] as const;

export const eventSchema = z.strictObject({
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
  /** A head count the reporting gave at the time (e.g. WSJ: "more than 50" hires), for comparison charts. */
  tally: z
    .strictObject({
      /** The number as reported. */
      count: z.number().int().positive(),
      /** How the outlet qualified it. */
      qualifier: z.enum(['exactly', 'at-least', 'more-than']),
      /** Who gave the count (outlet name), e.g. "WSJ". */
      by: plainText,
      /** What was counted, in Indonesian and English. */
      what: plainText,
      whatEn: plainText,
    }, unknownFields)
    .nullable()
    .default(null),
  /** Discrepancies between sources, shown to readers. */
  notes: localizedText.nullable().default(null),
}, unknownFields);
export type Event = z.infer<typeof eventSchema>;
