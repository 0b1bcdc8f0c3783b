/**
 * The two downloadable tables, people and events, as flat rows: one column
 * per field, nested fields flattened (departure.reported -> departure_reported),
 * referenced ids resolved to names and source URLs next to the ids. The same
 * rows feed /data/<table>.csv, /data/<table>.json and the column dictionary
 * on /data/. Pure: the dataset comes in as an argument.
 *
 *   const { columns, rows } = buildTable(tables.people, dataset);
 */
import { z } from 'astro/zod';
import type { Dataset } from '../domain/dataset.ts';
import { describedSchemas } from '../domain/schemas/index.ts';
import { verificationSchema, type LocalizedText } from '../domain/schemas/common.ts';
import { eventKinds, eventSchema } from '../domain/schemas/event.ts';
import { cohorts, personSchema } from '../domain/schemas/person.ts';
import { schemaDocs } from './schema-docs.ts';
import { toCsv } from '../domain/csv.ts';
import { httpUrl } from '../domain/url.ts';

/** A cell: text, a count, a flag, a list (CSV joins it with "; ") or null (not reported). */
export type Cell = string | number | boolean | null | readonly string[];

type Person = Dataset['people'][number];
type Event = Dataset['events'][number];

interface Lookups {
  organisation(id: string | null): string | null;
  person(id: string): string;
  sourceUrl(id: string): string;
}

export interface Column<Row> {
  /** snake_case, stable: people link to these names. */
  name: string;
  /** Keys into the schemas' descriptions (dictionaryDocs) that explain the column, read in order. */
  docs: readonly string[];
  /** What a cell holds (text unless said): the JSON Schema download declares it. */
  cell?: 'count' | 'flag' | 'list';
  /** The cell is never null (every entry has the value). */
  always?: true;
  /** For columns we compute: what the value is, in the schemas' words. */
  derived?: string;
  /** Allowed values, for enumerations (from the schema). */
  values?: readonly string[];
  get(row: Row, lookups: Lookups): Cell;
}

export interface TableSpec<Row> {
  /** File name without extension: /data/<name>.csv and .json. */
  name: 'people' | 'events';
  rows(data: Dataset): readonly Row[];
  columns: readonly Column<Row>[];
}

const verificationValues = verificationSchema.options;

/**
 * A text field readers see, written in both languages, as two columns: <name>
 * in Indonesian, the primary edition, and <name>_en in English, as events'
 * summary and summary_en.
 */
function localizedColumns<Row>(name: string, doc: string, get: (row: Row) => LocalizedText | null): Column<Row>[] {
  return [
    { name, docs: [doc], derived: `In Indonesian; the same text in English is in ${name}_en.`, get: (r) => get(r)?.id ?? null },
    { name: `${name}_en`, docs: [doc], derived: `In English; the same text in Indonesian is in ${name}.`, get: (r) => get(r)?.en ?? null },
  ];
}

/** Rows in id order, by code unit: the files do not change when the content store reorders entries. */
const byId = <T extends { id: string }>(entries: readonly T[]): T[] => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const qualifierValues = eventSchema.shape.tally.unwrap().unwrap().shape.qualifier.options;

const people: TableSpec<Person> = {
  name: 'people',
  rows: (data) => byId(data.people),
  columns: [
    { name: 'id', docs: ['idSchema'], always: true, get: (p) => p.id },
    { name: 'name', docs: ['personSchema.name'], always: true, get: (p) => p.name },
    { name: 'category', docs: ['personSchema.category'], always: true, values: personSchema.shape.category.options, get: (p) => p.category },
    { name: 'cohort', docs: ['personSchema.cohort', 'cohortSchema'], always: true, values: cohorts, get: (p) => p.cohort },
    { name: 'previous_employer', docs: ['personSchema.previousEmployer'], get: (p) => p.previousEmployer },
    {
      name: 'previous_employer_name',
      docs: ['organisationSchema.name'],
      derived: 'The name of previous_employer, from organisations.yaml.',
      get: (p, l) => l.organisation(p.previousEmployer),
    },
    ...localizedColumns<Person>('previous_employer_note', 'personSchema.previousEmployerNote', (p) => p.previousEmployerNote),
    ...localizedColumns<Person>('previous_role', 'personSchema.previousRole', (p) => p.previousRole),
    ...localizedColumns<Person>('msl_role', 'personSchema.mslRole', (p) => p.mslRole),
    { name: 'hire_reported', docs: ['personSchema.hireReported'], get: (p) => p.hireReported },
    ...localizedColumns<Person>('hire_reported_note', 'personSchema.hireReportedNote', (p) => p.hireReportedNote),
    { name: 'started', docs: ['personSchema.started'], get: (p) => p.started },
    { name: 'started_planned', docs: ['personSchema.startedPlanned'], cell: 'flag', always: true, get: (p) => p.startedPlanned },
    ...localizedColumns<Person>('started_note', 'personSchema.startedNote', (p) => p.startedNote),
    { name: 'departure_reported', docs: ['personSchema.departure', 'departureSchema.reported'], get: (p) => p.departure?.reported ?? null },
    { name: 'departure_left', docs: ['departureSchema.left'], get: (p) => p.departure?.left ?? null },
    { name: 'departure_planned', docs: ['departureSchema.planned'], cell: 'flag', get: (p) => (p.departure ? p.departure.planned : null) },
    { name: 'departure_destination', docs: ['departureSchema.destination'], get: (p) => p.departure?.destination ?? null },
    {
      name: 'departure_destination_name',
      docs: ['organisationSchema.name'],
      derived: 'The name of departure_destination, from organisations.yaml.',
      get: (p, l) => l.organisation(p.departure?.destination ?? null),
    },
    ...localizedColumns<Person>('departure_destination_note', 'departureSchema.destinationNote', (p) => p.departure?.destinationNote ?? null),
    { name: 'verification', docs: ['personSchema.verification'], always: true, values: verificationValues, get: (p) => p.verification },
    { name: 'sources', docs: ['personSchema.sources'], cell: 'list', always: true, get: (p) => p.sources },
    {
      name: 'source_urls',
      docs: ['sourceSchema.url'],
      cell: 'list',
      always: true,
      derived: 'The page of every id in sources, in the same order.',
      get: (p, l) => p.sources.map(l.sourceUrl),
    },
    ...localizedColumns<Person>('notes', 'personSchema.notes', (p) => p.notes),
  ],
};

const events: TableSpec<Event> = {
  name: 'events',
  rows: (data) => byId(data.events),
  columns: [
    { name: 'id', docs: ['idSchema'], always: true, get: (e) => e.id },
    { name: 'date', docs: ['eventSchema.date'], always: true, get: (e) => e.date },
    { name: 'kind', docs: ['eventSchema.kind'], always: true, values: eventKinds, get: (e) => e.kind },
    { name: 'people', docs: ['eventSchema.people'], cell: 'list', always: true, get: (e) => e.people },
    {
      name: 'people_names',
      docs: ['personSchema.name'],
      cell: 'list',
      always: true,
      derived: 'The name of every id in people, in the same order.',
      get: (e, l) => e.people.map(l.person),
    },
    { name: 'summary', docs: ['eventSchema.summary'], always: true, get: (e) => e.summary },
    { name: 'summary_en', docs: ['eventSchema.summaryEn'], always: true, get: (e) => e.summaryEn },
    { name: 'verification', docs: ['eventSchema.verification'], always: true, values: verificationValues, get: (e) => e.verification },
    { name: 'sources', docs: ['eventSchema.sources'], cell: 'list', always: true, get: (e) => e.sources },
    {
      name: 'source_urls',
      docs: ['sourceSchema.url'],
      cell: 'list',
      always: true,
      derived: 'The page of every id in sources, in the same order.',
      get: (e, l) => e.sources.map(l.sourceUrl),
    },
    { name: 'tally_count', docs: ['eventSchema.tally', 'eventSchema.tally.count'], cell: 'count', get: (e) => e.tally?.count ?? null },
    { name: 'tally_qualifier', docs: ['eventSchema.tally.qualifier'], values: qualifierValues, get: (e) => e.tally?.qualifier ?? null },
    { name: 'tally_by', docs: ['eventSchema.tally.by'], get: (e) => e.tally?.by ?? null },
    { name: 'tally_what', docs: ['eventSchema.tally.what'], get: (e) => e.tally?.what ?? null },
    // The schema documents what and whatEn with one line.
    { name: 'tally_what_en', docs: ['eventSchema.tally.what'], get: (e) => e.tally?.whatEn ?? null },
    ...localizedColumns<Event>('notes', 'eventSchema.notes', (e) => e.notes),
  ],
};

export const tables = { people, events } as const;
export type TableName = keyof typeof tables;
export const tableNames = Object.keys(tables) as TableName[];

function lookups(data: Dataset): Lookups {
  const index = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((e) => [e.id, e]));
  const organisations = index(data.organisations);
  const persons = index(data.people);
  const sources = index(data.sources);
  const missing = (kind: string, id: string): never => {
    throw new Error(`data tables: unknown ${kind} "${id}" (the dataset checks should have caught this)`);
  };
  return {
    organisation: (id) => (id === null ? null : (organisations.get(id) ?? missing('organisation', id)).name),
    person: (id) => (persons.get(id) ?? missing('person', id)).name,
    sourceUrl: (id) => {
      const { url } = sources.get(id) ?? missing('source', id);
      return httpUrl(url) ?? missing('http(s) URL for source', `${id}: ${url}`);
    },
  };
}

export interface BuiltTable {
  columns: string[];
  /** One record per row, keyed by column name, in column order. */
  rows: Record<string, Cell>[];
}

export function buildTable<Row>(spec: TableSpec<Row>, data: Dataset): BuiltTable {
  const l = lookups(data);
  return {
    columns: spec.columns.map((c) => c.name),
    rows: spec.rows(data).map((row) => Object.fromEntries(spec.columns.map((c) => [c.name, c.get(row, l)]))),
  };
}

/** Every description in the schemas, by key ("personSchema.name"): what the dictionary and the JSON Schema downloads print. */
export const dictionaryDocs: Record<string, string> = schemaDocs(describedSchemas);

const cellSchema = { text: () => z.string(), count: () => z.number().int(), flag: () => z.boolean(), list: () => z.array(z.string()) } as const;

/**
 * The JSON Schema (2020-12) of /data/<table>.json, an array of rows: each
 * column typed as its cells are, with the dictionary's meaning as its
 * description and its values as an enum. Served as /data/<table>.schema.json
 * for people who load the data in code.
 */
export function tableJsonSchema(name: TableName): Record<string, unknown> {
  const spec = tables[name] as TableSpec<unknown>;
  const meanings = new Map(describeColumns(spec, dictionaryDocs).map((c) => [c.name, c.meaning.join(' ')]));
  const shape = Object.fromEntries(
    spec.columns.map((c) => {
      let cell: z.ZodType = c.values ? z.enum(c.values as [string, ...string[]]) : cellSchema[c.cell ?? 'text']();
      if (!c.always) cell = cell.nullable();
      return [c.name, cell.meta({ description: meanings.get(c.name)! })];
    }),
  );
  const row = z.strictObject(shape);
  return {
    ...z.toJSONSchema(z.array(row)),
    title: `/data/${name}.json`,
    description: `The ${name} table of the MSL 2025 dataset, one object per entry; the same rows as /data/${name}.csv.`,
  };
}

export interface ColumnDoc {
  name: string;
  /** The schema descriptions, in order; a derived column's own line comes first. */
  meaning: string[];
  values: readonly string[];
}

/** What the dictionary prints for each column; a column without any doc is an error, so none goes undocumented. */
export function describeColumns<Row>(spec: TableSpec<Row>, docs: Record<string, string>): ColumnDoc[] {
  return spec.columns.map((c) => {
    const lines = c.docs.map((key) => {
      const doc = docs[key];
      if (doc === undefined) throw new Error(`data dictionary: column "${spec.name}.${c.name}" points at "${key}", which has no description in src/domain/schemas`);
      return doc;
    });
    return { name: c.name, meaning: c.derived ? [c.derived, ...lines] : lines, values: c.values ?? [] };
  });
}

export const formats = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;
export type Format = keyof typeof formats;

/** The file /data/<table>.<format> serves: CSV (lists joined with "; ") or JSON (lists as arrays, null kept). */
export function tableFile(name: TableName, format: Format, data: Dataset): string {
  const { columns, rows } = name === 'people' ? buildTable(tables.people, data) : buildTable(tables.events, data);
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  return toCsv(
    columns,
    rows.map((row) => columns.map((c) => row[c])),
  );
}
