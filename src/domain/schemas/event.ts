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
  date: partialDateText.meta({ description: 'When it happened or was reported (partial-date syntax).' }),
  kind: z.enum(eventKinds).meta({ description: 'What kind of event it is.' }),
  people: z.array(idSchema).default([]).meta({ description: 'Person ids involved (may be empty).' }),
  summary: plainText.meta({ description: 'One line we wrote, in Indonesian.' }),
  summaryEn: plainText.meta({ description: 'The same line in English.' }),
  verification: verificationSchema.meta({ description: 'How well the event is verified.' }),
  sources: z.array(idSchema).min(1, { error: 'needs at least one source id' }).meta({ description: 'Source ids; at least one.' }),
  tally: z
    .strictObject({
      count: z.number().int().positive().meta({ description: 'The number as reported.' }),
      qualifier: z.enum(['exactly', 'at-least', 'more-than']).meta({ description: 'How the outlet qualified it.' }),
      by: plainText.meta({ description: 'Who gave the count (outlet name), e.g. "WSJ".' }),
      what: plainText.meta({ description: 'What was counted, in Indonesian and English.' }),
      whatEn: plainText,
    }, unknownFields)
    .nullable()
    .default(null)
    .meta({ description: 'A head count the reporting gave at the time (e.g. WSJ: "more than 50" hires), for comparison charts.' }),
  notes: localizedText.nullable().default(null).meta({ description: 'Discrepancies between sources, shown to readers.' }),
}, unknownFields);
export type Event = z.infer<typeof eventSchema>;
