/**
 * A field's path as an editor would say it: `people.0` is "the first person
 * listed under "people"", `corrections.1.date` is "field "date" of the second
 * correction listed under "corrections"". Used in every message that names a
 * field of a data entry or of a story's frontmatter.
 */

/** What one item of a list field is called, by the list's name; anything else is an "entry". */
const ITEM: Record<string, string> = {
  people: 'person',
  sources: 'source',
  events: 'event',
  byline: 'name',
  corrections: 'correction',
};

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "first" … "tenth", then "11th", "21st", "22nd", "23rd", "101st". */
export function ordinal(n: number): string {
  if (n >= 1 && n <= ORDINALS.length) return ORDINALS[n - 1]!;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** `path` in words; list positions count from 0, as in the schemas. */
export function fieldInWords(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the entry';
  let phrase = '';
  let lastKey = '';
  let keys: string[] = [];
  const flushKeys = () => {
    if (keys.length === 0) return;
    const name = `"${keys.join('.')}"`;
    phrase = phrase ? `${name} of ${phrase}` : name;
    keys = [];
  };
  for (const segment of path) {
    if (typeof segment === 'number') {
      flushKeys();
      const item = ITEM[lastKey] ?? 'entry';
      phrase = `the ${ordinal(segment + 1)} ${item} listed under ${phrase}`;
    } else {
      keys.push(segment);
      lastKey = segment;
    }
  }
  const endsInKey = keys.length > 0;
  flushKeys();
  return endsInKey ? `field ${phrase}` : phrase;
}

/** The same for a dotted path as DatasetIssue keeps it ("people.0", "departure.left"). */
export function dottedFieldInWords(field: string): string {
  return fieldInWords(field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
}
