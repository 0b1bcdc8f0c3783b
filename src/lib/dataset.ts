/**
 * Reads the four YAML data files as one dataset and refuses anything an editor
 * could get wrong: YAML syntax, a missing or malformed field, an impossible
 * date, a departure before its hire, a duplicate id, a reference to an unknown
 * entry. Every problem names the file, line, entry and field. Pure: no astro:
 * imports, no file system, so vitest can feed it broken fixtures.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { idSchema } from '../schemas/common.ts';
import { collectionNames, dataSchemas, dateFields, type CollectionName, type Entry } from '../schemas/index.ts';
import { certainlyBefore, parsePartialDate, PartialDateError, type PartialDate } from './partial-date.ts';

export interface DataFile {
  /** Path shown in messages, relative to the project root. */
  path: string;
  text: string;
}

export interface DatasetIssue {
  file: string;
  line: number;
  entry: string | null;
  field: string | null;
  message: string;
}

export type Dataset = { [C in CollectionName]: Entry<C>[] };

export function formatIssue(i: DatasetIssue): string {
  const where = [i.entry === null ? null : `entry "${i.entry}"`, i.field === null ? null : `field "${i.field}"`]
    .filter(Boolean)
    .join(', ');
  return `${i.file}:${i.line}${where ? ` (${where})` : ''}: ${i.message}`;
}

export class DatasetError extends Error {
  readonly issues: DatasetIssue[];
  constructor(issues: DatasetIssue[]) {
    super(
      `The data in content/data has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'DatasetError';
    this.issues = issues;
  }
}

interface ParsedFile {
  file: string;
  doc: Document;
  lines: LineCounter;
}

function lineOf(pf: ParsedFile, node: Node | null | undefined): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : pf.lines.linePos(offset).line;
}

/** The node at `path` inside the entry, or its nearest ancestor that exists. */
function nodeAt(pf: ParsedFile, index: number, path: (string | number)[]): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = pf.doc.getIn([index, ...path.slice(0, n)], true) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node) return node;
  }
  return undefined;
}

function readCollection<C extends CollectionName>(
  name: C,
  file: DataFile,
  issues: DatasetIssue[],
): { entries: Entry<C>[]; pf: ParsedFile; indexOf: Map<string, number> } {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, uniqueKeys: true });
  const pf = { file: file.path, doc, lines };
  const entries: Entry<C>[] = [];
  const indexOf = new Map<string, number>();
  if (doc.errors.length > 0) {
    // Later errors usually follow from the first one; report it alone.
    const e = doc.errors[0]!;
    issues.push({
      file: file.path,
      line: e.linePos?.[0]?.line ?? 1,
      entry: null,
      field: null,
      message: `YAML syntax error: ${e.message.split('\n')[0]}. Check indentation, brackets and quotes on this line and the one above`,
    });
    return { entries, pf, indexOf };
  }
  if (!isSeq(doc.contents)) {
    issues.push({ file: file.path, line: 1, entry: null, field: null, message: 'the file must be a list of entries, each starting with "- id:"' });
    return { entries, pf, indexOf };
  }
  const schema = dataSchemas[name];
  doc.contents.items.forEach((item, index) => {
    const line = lineOf(pf, item as Node);
    if (!isMap(item)) {
      issues.push({ file: file.path, line, entry: null, field: null, message: `item ${index + 1} is not an entry with fields` });
      return;
    }
    const raw = item.toJSON() as Record<string, unknown>;
    const id = raw['id'];
    if (typeof id !== 'string' || id === '') {
      issues.push({ file: file.path, line, entry: `#${index + 1}`, field: 'id', message: 'every entry needs an "id" (kebab-case, unique in the file)' });
      return;
    }
    const idCheck = idSchema.safeParse(id);
    if (!idCheck.success) {
      issues.push({ file: file.path, line, entry: id, field: 'id', message: `the id ${idCheck.error.issues[0]!.message}` });
      return;
    }
    const previous = indexOf.get(id);
    if (previous !== undefined) {
      const firstLine = lineOf(pf, pf.doc.getIn([previous], true) as Node);
      issues.push({ file: file.path, line, entry: id, field: 'id', message: `duplicate id: "${id}" is already used on line ${firstLine}. Give one of them another id` });
      return;
    }
    indexOf.set(id, index);
    const { id: _id, ...fields } = raw;
    const result = schema.safeParse(fields);
    if (!result.success) {
      for (const zi of result.error.issues) {
        const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
        const missing = zi.code === 'invalid_type' && nodeAt(pf, index, path) === nodeAt(pf, index, path.slice(0, -1));
        issues.push({
          file: file.path,
          line: lineOf(pf, nodeAt(pf, index, path)),
          entry: id,
          field: path.join('.') || null,
          message: missing ? `required field is missing (${zi.message})` : zi.message,
        });
      }
      return;
    }
    entries.push({ id, ...(result.data as object) } as Entry<C>);
  });
  return { entries, pf, indexOf };
}

function getPath(entry: object, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), entry);
}

/** Parses and checks the whole dataset; throws DatasetError listing every problem. */
export function parseDataset(files: Record<CollectionName, DataFile>): Dataset {
  const issues: DatasetIssue[] = [];
  const read = Object.fromEntries(collectionNames.map((n) => [n, readCollection(n, files[n], issues)])) as {
    [C in CollectionName]: ReturnType<typeof readCollection<C>>;
  };

  const report = (c: CollectionName, id: string, path: (string | number)[], message: string) => {
    const r = read[c];
    issues.push({ file: r.pf.file, line: lineOf(r.pf, nodeAt(r.pf, r.indexOf.get(id) ?? 0, path)), entry: id, field: path.join('.'), message });
  };

  const dates = new Map<string, PartialDate>();
  for (const c of collectionNames) {
    for (const entry of read[c].entries) {
      for (const path of dateFields[c]) {
        const value = getPath(entry, path);
        if (typeof value !== 'string') continue;
        try {
          dates.set(`${c}/${entry.id}/${path.join('.')}`, parsePartialDate(value));
        } catch (e) {
          if (!(e instanceof PartialDateError)) throw e;
          report(c, entry.id, path, e.message);
        }
      }
    }
  }

  // Ids of entries that failed their schema still count, so one typo is reported once.
  const ids = Object.fromEntries(collectionNames.map((c) => [c, new Set(read[c].indexOf.keys())])) as Record<CollectionName, Set<string>>;
  const singular: Record<CollectionName, string> = { organisations: 'organisation', people: 'person', events: 'event', sources: 'source' };
  // A file that did not parse has no ids: do not blame every reference to it as well.
  const unreadable = new Set(collectionNames.filter((c) => read[c].pf.doc.errors.length > 0));
  const checkRef = (c: CollectionName, id: string, path: (string | number)[], target: CollectionName, value: string | null) => {
    if (value === null || unreadable.has(target) || ids[target].has(value)) return;
    const known = [...ids[target]];
    const hint = closest(value, known);
    report(c, id, path, `unknown ${singular[target]} "${value}"${hint ? `; did you mean "${hint}"?` : '.'} Fix the id, or add the ${singular[target]} to content/data/${target}.yaml`);
  };

  for (const p of read.people.entries) {
    checkRef('people', p.id, ['previousEmployer'], 'organisations', p.previousEmployer);
    if (p.departure) checkRef('people', p.id, ['departure', 'destination'], 'organisations', p.departure.destination);
    p.sources.forEach((s, i) => checkRef('people', p.id, ['sources', i], 'sources', s));
    const hire = dates.get(`people/${p.id}/hireReported`) ?? dates.get(`people/${p.id}/started`);
    const left = dates.get(`people/${p.id}/departure.left`) ?? dates.get(`people/${p.id}/departure.reported`);
    if (hire && left && certainlyBefore(left, hire)) {
      const field = dates.has(`people/${p.id}/departure.left`) ? 'left' : 'reported';
      report('people', p.id, ['departure', field], `the departure (${left.text}) is before the hire (${hire.text}). Check both dates`);
    }
  }
  for (const e of read.events.entries) {
    e.people.forEach((pid, i) => checkRef('events', e.id, ['people', i], 'people', pid));
    e.sources.forEach((s, i) => checkRef('events', e.id, ['sources', i], 'sources', s));
  }

  if (issues.length > 0) throw new DatasetError(issues);
  return {
    organisations: read.organisations.entries,
    people: read.people.entries,
    events: read.events.entries,
    sources: read.sources.entries,
  };
}

/** The known id nearest to `value` by edit distance, if it is close enough to be a typo. */
export function closest(value: string, known: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(value.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(value, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
