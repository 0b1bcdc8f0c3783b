/**
 * The data dictionary's text comes from the schemas themselves: every field
 * of src/domain/schemas carries `.meta({ description })`, so /data/ and the
 * JSON Schema downloads say what the schema says and cannot drift from it.
 * Keys are "<schema>.<field>[.<field>…]" ("personSchema.name",
 * "eventSchema.tally.count"), plus "<schema>" for a described schema
 * ("idSchema", "cohortSchema").
 *
 *   schemaDocs({ departureSchema })['departureSchema.reported']
 *   // 'When the departure was first reported (partial-date syntax).'
 */
import { z } from 'astro/zod';

/** A description as prose plus its "- item" lines: "Cohort: …\n- summer-2025: …" -> { text: 'Cohort: …', items: ['summer-2025: …'] }. */
export function docBlocks(doc: string): { text: string; items: string[] } {
  const lines = doc.split('\n');
  return {
    text: lines.filter((l) => !l.startsWith('- ')).join(' '),
    items: lines.filter((l) => l.startsWith('- ')).map((l) => l.slice(2)),
  };
}

/** The object inside nullable/default/optional/pipe wrappers, or null when the schema holds none. */
function objectIn(schema: z.core.$ZodType): z.ZodObject | null {
  let s: z.core.$ZodType | undefined = schema;
  while (s) {
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object') return s as z.ZodObject;
    s = (def.innerType ?? (def.type === 'pipe' ? def.in : undefined)) as z.core.$ZodType | undefined;
  }
  return null;
}

const described = (schema: z.core.$ZodType): string | undefined => z.globalRegistry.get(schema)?.description;

function collect(object: z.ZodObject, path: string, out: Record<string, string>): void {
  for (const [name, field] of Object.entries(object.shape)) {
    const key = `${path}.${name}`;
    const doc = described(field);
    if (doc !== undefined) out[key] = doc;
    const nested = objectIn(field);
    if (nested) collect(nested, key, out);
  }
}

/** Field descriptions of named schemas; a key described twice is a mistake in the schemas. */
export function schemaDocs(schemas: Record<string, z.core.$ZodType>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const fields: Record<string, string> = {};
    const doc = described(schema);
    if (doc !== undefined) fields[name] = doc;
    const object = objectIn(schema);
    if (object) collect(object, name, fields);
    for (const [key, text] of Object.entries(fields)) {
      if (key in out) throw new Error(`schema docs: "${key}" is described twice`);
      out[key] = text;
    }
  }
  return out;
}
