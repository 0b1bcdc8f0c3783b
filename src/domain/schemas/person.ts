import { z } from 'astro/zod';
import { idSchema, localizedText, partialDateText, plainText, unknownFields, verificationSchema } from './common.ts';

export const cohorts = ['summer-2025', 'october-2025', 'early-2025', 'long-serving'] as const;

export const cohortSchema = z.enum(cohorts).meta({
  description: [
    'Cohort: when the person joined Meta, relative to the MSL hiring wave.',
    '- summer-2025: recruited June to September 2025 (the wave)',
    '- october-2025: hired in October 2025',
    '- early-2025: joined Meta earlier in 2025, before MSL existed',
    '- long-serving: at Meta before 2025',
  ].join('\n'),
});

export const departureSchema = z.strictObject({
  reported: partialDateText.meta({ description: 'When the departure was first reported (partial-date syntax).' }),
  left: partialDateText.nullable().default(null).meta({ description: 'When the person actually left, if reported separately (e.g. "2025-07").' }),
  planned: z.boolean({ error: 'must be true or false' }).default(false).meta({ description: 'True when the departure is a plan, not a fact: what was reported is a plan to leave ("FT: plans to leave"; `left` null: no exit date is known) or `left` is a leaving date announced for the future. Pages say "plans to leave", never "left"; without it, a leaving date after the build date fails.' }),
  destination: idSchema.nullable().meta({ description: 'Organisation id they went to, or null when undisclosed.' }),
  destinationNote: localizedText.nullable().default(null).meta({ description: 'Free-text detail on the destination (role, "undisclosed", "unclear").' }),
}, unknownFields);

export const personSchema = z.strictObject({
  name: plainText.meta({ description: 'Full name as reported.' }),
  category: z.enum(['hire', 'departure']).meta({ description: 'Role in the dossier: a hire of the wave, or a departure.' }),
  cohort: cohortSchema.meta({ description: 'When the person joined Meta, relative to the wave (see cohorts).' }),
  previousEmployer: idSchema.nullable().meta({ description: 'Organisation id of the previous employer (what the hire is counted under), or null when not reported.' }),
  previousEmployerNote: localizedText.nullable().default(null).meta({ description: 'Detail on the previous employer, e.g. "Zurich office; previously Google DeepMind".' }),
  previousRole: localizedText.meta({ description: 'Previous role, as reported.' }),
  mslRole: localizedText.nullable().meta({ description: 'Role at MSL, as reported, or null when not reported.' }),
  hireReported: partialDateText.nullable().meta({ description: 'Date the hire was first reported (partial-date syntax), or null when no date was reported.' }),
  hireReportedNote: localizedText.nullable().default(null).meta({ description: 'Which outlet reported the hire first, or why the date is missing.' }),
  started: partialDateText.nullable().default(null).meta({ description: 'Start date at Meta (partial-date syntax), or null when not reported.' }),
  startedPlanned: z.boolean({ error: 'must be true or false' }).default(false).meta({ description: 'True when `started` is a start date announced for the future ("set to join in March"): the page shows it as planned. Without it, a date after the build date fails.' }),
  startedNote: localizedText.nullable().default(null).meta({ description: 'Detail on the start ("never showed up for day one", "set to join soon").' }),
  neverStarted: z.boolean().default(false).meta({ description: 'True when reporting says the person was hired but never started work (went through onboarding, never showed up).' }),
  departure: departureSchema.nullable().default(null).meta({ description: 'Departure from MSL/Meta, or null when none has been reported.' }),
  verification: verificationSchema.meta({ description: 'How well the facts about this person are verified.' }),
  sources: z.array(idSchema).min(1, { error: 'needs at least one source id' }).meta({ description: 'Source ids (from sources.yaml); at least one.' }),
  notes: localizedText.nullable().default(null).meta({ description: 'Discrepancies and context, shown to readers.' }),
}, unknownFields);
export type Person = z.infer<typeof personSchema>;
