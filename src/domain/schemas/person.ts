import { z } from 'astro/zod';
import { idSchema, localizedText, partialDateText, plainText, unknownFields, verificationSchema } from './common.ts';

/**
 * Cohort: when the person joined Meta, relative to the MSL hiring wave.
 * - summer-2025: recruited June to September 2025 (the wave)
 * - october-2025: hired in October 2025
 * - early-2025: joined Meta earlier in 2025, before MSL existed
 * - long-serving: at Meta before 2025
 */
export const cohorts = ['summer-2025', 'october-2025', 'early-2025', 'long-serving'] as const;

export const departureSchema = z.strictObject({
  /** When the departure was first reported (partial-date syntax). */
  reported: partialDateText,
  /** When the person actually left, if reported separately (e.g. "2025-07"). */
  left: partialDateText.nullable().default(null),
  /**
   * True when the departure is a plan, not a fact: what was reported is a plan to leave ("FT: plans to leave";
   * `left` null: no exit date is known) or `left` is a leaving date announced for the future. Pages say
   * "plans to leave", never "left"; without it, a leaving date after the build date fails.
   */
  planned: z.boolean({ error: 'must be true or false' }).default(false),
  /** Organisation id they went to, or null when undisclosed. */
  destination: idSchema.nullable(),
  /** Free-text detail on the destination (role, "undisclosed", "unclear"). */
  destinationNote: localizedText.nullable().default(null),
}, unknownFields);

export const personSchema = z.strictObject({
  /** Full name as reported. */
  name: plainText,
  /** Role in the dossier: a hire of the wave, or a departure. */
  category: z.enum(['hire', 'departure']),
  /** When the person joined Meta, relative to the wave (see cohorts). */
  cohort: z.enum(cohorts),
  /** Organisation id of the previous employer (what the hire is counted under), or null when not reported. */
  previousEmployer: idSchema.nullable(),
  /** Detail on the previous employer, e.g. "Zurich office; previously Google DeepMind". */
  previousEmployerNote: localizedText.nullable().default(null),
  /** Previous role, as reported. */
  previousRole: localizedText,
  /** Role at MSL, as reported, or null when not reported. */
  mslRole: localizedText.nullable(),
  /** Date the hire was first reported (partial-date syntax), or null when no date was reported. */
  hireReported: partialDateText.nullable(),
  /** Which outlet reported the hire first, or why the date is missing. */
  hireReportedNote: localizedText.nullable().default(null),
  /** Start date at Meta (partial-date syntax), or null when not reported. */
  started: partialDateText.nullable().default(null),
  /** True when `started` is a start date announced for the future ("set to join in March"): the page shows it as planned. Without it, a date after the build date fails. */
  startedPlanned: z.boolean({ error: 'must be true or false' }).default(false),
  /** Detail on the start ("never showed up for day one", "set to join soon"). */
  startedNote: localizedText.nullable().default(null),
  /** True when reporting says the person was hired but never started work (went through onboarding, never showed up). */
  neverStarted: z.boolean().default(false),
  /** Departure from MSL/Meta, or null when none has been reported. */
  departure: departureSchema.nullable().default(null),
  /** How well the facts about this person are verified. */
  verification: verificationSchema,
  /** Source ids (from sources.yaml); at least one. */
  sources: z.array(idSchema).min(1, { error: 'needs at least one source id' }),
  /** Discrepancies and context, shown to readers. */
  notes: localizedText.nullable().default(null),
}, unknownFields);
export type Person = z.infer<typeof personSchema>;
