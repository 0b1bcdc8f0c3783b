import { z } from 'astro/zod';
import { idSchema } from './common.ts';
import { eventSchema } from './event.ts';
import { organisationSchema } from './organisation.ts';
import { cohortSchema, departureSchema, personSchema } from './person.ts';
import { sourceSchema } from './source.ts';

/** The four data collections, each read from content/data/<name>.yaml. */
export const dataSchemas = {
  organisations: organisationSchema,
  people: personSchema,
  events: eventSchema,
  sources: sourceSchema,
} as const;

/** The schemas whose `.meta({ description })` texts the data dictionary reads, by name. */
export const describedSchemas = { idSchema, cohortSchema, personSchema, departureSchema, eventSchema, organisationSchema, sourceSchema };

export type CollectionName = keyof typeof dataSchemas;
export const collectionNames = Object.keys(dataSchemas) as CollectionName[];

/** An entry as stored: its id plus the schema's output. */
export type Entry<C extends CollectionName> = { id: string } & z.infer<(typeof dataSchemas)[C]>;

/** Fields holding partial-date strings, as paths inside an entry, per collection. */
export const dateFields: Record<CollectionName, string[][]> = {
  organisations: [],
  people: [['hireReported'], ['started'], ['departure', 'reported'], ['departure', 'left']],
  events: [['date']],
  sources: [['date']],
};

/**
 * Date fields that may lie after the build date, and the flag beside each that
 * says the date is planned (announced for the future). Every other date in
 * dateFields is when something happened or was reported, so it cannot.
 */
export const plannedFlags: Record<CollectionName, { date: string[]; flag: string[]; dateOptional?: boolean }[]> = {
  organisations: [],
  people: [
    { date: ['started'], flag: ['startedPlanned'] },
    // A planned departure may have no date at all: a reported plan to leave.
    { date: ['departure', 'left'], flag: ['departure', 'planned'], dateOptional: true },
  ],
  events: [],
  sources: [],
};
