/**
 * Reads the four YAML data files as one dataset and refuses anything an editor
 * could get wrong: YAML syntax, a missing or malformed field, an impossible
 * date, a departure before its hire, a duplicate id, a reference to an unknown
 * entry. Every problem names the file, line, entry and field. Pure: no astro:
 * imports, no file system, so vitest can feed it broken fixtures.
 *
 * Two paths, because the common case is valid data and it should be fast.
 * The fast path cuts each file into one small YAML document per top-level
 * entry and keeps only its plain data. Parsed whole, a 3.5 MB file's syntax
 * tree and nodes stay alive until its last line is read, and the garbage
 * collector takes some 40% of the time (line positions are not what costs: a
 * LineCounter is nearly free); entry by entry, the 7.7 MB of the 6,000-person
 * benchmark parse and check about a fifth faster. But those nodes are gone,
 * and their positions were relative to their piece, so the fast path cannot
 * say where a problem is. When it finds one, the files with a problem are
 * parsed again whole, with positions, and checked again to write the
 * messages; a file the fast path cannot cut (a syntax error, a directive)
 * sends every file down that slow path. The checks (readCollection,
 * checkDataset) are the same on both paths, only where the entries' data and
 * nodes come from differs, and tests hold the two paths' results equal.
 */
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { idSchema, knownFieldsAt, unknownFieldMessage } from './schemas/common.ts';
import { collectionNames, dataSchemas, dateFields, plannedFlags, type CollectionName, type Entry } from './schemas/index.ts';
import { buildDay } from './build-date.ts';
import { closest } from './closest.ts';
import { dottedFieldInWords } from './field-words.ts';
import { decodeUtf8, hexByte } from './utf8.ts';
import { certainlyBefore, compareDays, isoDay, parsePartialDate, PartialDateError, type CalendarDay, type PartialDate } from './partial-date.ts';

/** Kept here too, where the charts and remark plugins first found it. */
export { closest };

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
  const where = [i.entry === null ? null : `entry "${i.entry}"`, i.field === null ? null : dottedFieldInWords(i.field)]
    .filter(Boolean)
    .join(', ');
  return `${i.file}:${i.line}${where ? ` (${where})` : ''}: ${i.message}`;
}

/** Marks a DatasetError whichever copy of this module made it (astro.config.mjs and the pages load it separately). */
const DATASET_ERROR = Symbol.for('msl-explainer.DatasetError');

export class DatasetError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && DATASET_ERROR in value;
  }
  readonly [DATASET_ERROR] = true;
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

/** One data file, parsed. */
interface ParsedFile {
  file: string;
  /** Each top-level item as plain data (a YAML map's toJSON()), or null when it is not a map. */
  values: (Record<string, unknown> | null)[];
  /** The same items as YAML nodes, to find lines; empty on the fast path, whose issues are never shown. */
  nodes: unknown[];
  lines: LineCounter | null;
  /** The file has a YAML syntax error, so its ids are unknown. */
  unreadable: boolean;
}

/** Anything with a source range: a YAML node. */
type Ranged = { range?: [number, number, number] | null };

function lineOf(pf: ParsedFile, node: Ranged | null | undefined): number {
  const offset = node?.range?.[0];
  return offset === undefined || pf.lines === null ? 1 : pf.lines.linePos(offset).line;
}

/** The node at `path` inside the entry, or its nearest ancestor that exists. */
function nodeAt(pf: ParsedFile, index: number, path: (string | number)[]): Ranged | undefined {
  const item = pf.nodes[index];
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? item : isCollection(item) ? item.getIn(path.slice(0, n), true) : undefined;
    if (node && typeof node === 'object' && 'range' in node) return node as Ranged;
  }
  return undefined;
}

/** The key of field `key` in the map at `path` inside the entry: its line is where the editor typed the name. */
function keyNodeAt(pf: ParsedFile, index: number, path: (string | number)[], key: string): Ranged | undefined {
  const map = path.length === 0 ? pf.nodes[index] : nodeAt(pf, index, path);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair?.key as Ranged | undefined;
}

/** Slow path: the whole file as one document, with line positions. A syntax error or a file that is not a list is an issue. */
function parseWithPositions(file: DataFile, issues: DatasetIssue[]): ParsedFile {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, uniqueKeys: true });
  const pf: ParsedFile = { file: file.path, values: [], nodes: [], lines, unreadable: doc.errors.length > 0 };
  const replaced = file.text.indexOf(REPLACEMENT);
  if (replaced >= 0) {
    pf.unreadable = true;
    issues.push({ file: file.path, line: lines.linePos(replaced).line, entry: null, field: null, message: NOT_UTF8 });
  } else if (doc.errors.length > 0) {
    pf.nodes = isSeq(doc.contents) ? doc.contents.items : [];
    // A duplicate key is named with its entry and field, unless the file also has a syntax error, which
    // leaves entries and fields uncertain.
    const other = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    if (!other) for (const e of doc.errors) issues.push(duplicateKeyIssue(pf, e.pos[0]));
    else {
      const line = other.linePos?.[0]?.line ?? 1;
      // A tab in the indentation shows up as many different errors, on its line or just after: blame the
      // nearest one (a tab far above may be legitimate content in a block scalar).
      const textLines = file.text.split('\n');
      const tab = other.code === 'TAB_AS_INDENT' ? line - 1 : [line - 1, line - 2].find((i) => i >= 0 && /^ *\t/.test(textLines[i] ?? '')) ?? -1;
      issues.push(
        tab >= 0
          ? { file: file.path, line: tab + 1, entry: null, field: null, message: 'tabs are not allowed, use spaces: this line is indented with a tab. Indent with two spaces per level' }
          : {
              file: file.path,
              line,
              entry: null,
              field: null,
              // Later errors usually follow from the first one; report it alone.
              message: `YAML syntax error: ${other.message.split('\n')[0]}. Check indentation, brackets and quotes on this line and the one above`,
            },
      );
    }
  } else if (!isSeq(doc.contents)) {
    issues.push({ file: file.path, line: 1, entry: null, field: null, message: 'the file must be a list of entries, each starting with "- id:"' });
  } else {
    pf.nodes = doc.contents.items;
    pf.values = pf.nodes.map((item) => (isMap(item) ? (item.toJSON() as Record<string, unknown>) : null));
  }
  return pf;
}

/** U+FFFD, what a byte that is not UTF-8 becomes once decoded leniently (Vite's ?raw import in `astro dev` does). */
const REPLACEMENT = '\uFFFD';
const NOT_UTF8 =
  'this line holds bytes that are not UTF-8 text (they would show as "\uFFFD" in the downloads and tooltips). The file was probably saved in another encoding (Windows-1252, Latin-1): save it as UTF-8 and retype the accented letters on this line';

/** A key written twice in one map: YAML would keep one value and lose the other. */
function duplicateKeyIssue(pf: ParsedFile, offset: number): DatasetIssue {
  const line = pf.lines!.linePos(offset).line;
  for (const [index, item] of pf.nodes.entries()) {
    if (!isMap(item)) continue;
    const found = findKey(item, offset, []);
    if (!found) continue;
    const id = item.get('id');
    const first = found.first === null ? '' : `: it is already set on line ${pf.lines!.linePos(found.first).line}`;
    return {
      file: pf.file,
      line,
      entry: typeof id === 'string' ? id : `#${index + 1}`,
      field: found.field.join('.'),
      message: `duplicate key "${found.field.at(-1)}"${first}, and one value would silently replace the other. Keep one`,
    };
  }
  return { file: pf.file, line, entry: null, field: null, message: 'duplicate key: this key is written twice in the same place, and one value would silently replace the other. Keep one' };
}

/** The keys leading to the map key that starts at `offset`, and where the same key was first written in its map. */
function findKey(map: YAMLMap, offset: number, path: string[]): { field: string[]; first: number | null } | null {
  const seen = new Map<unknown, number>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    const at = (pair.key as Ranged | null)?.range?.[0];
    if (at === offset) return { field: [...path, String(key)], first: seen.get(key) ?? null };
    if (at !== undefined && !seen.has(key)) seen.set(key, at);
    const here = [...path, String(key)];
    const children: [unknown, string[]][] = isMap(pair.value) ? [[pair.value, here]] : isSeq(pair.value) ? pair.value.items.map((v, i) => [v, [...here, String(i)]]) : [];
    for (const [child, childPath] of children) {
      const found = isMap(child) ? findKey(child, offset, childPath) : null;
      if (found) return found;
    }
  }
  return null;
}

/**
 * Decodes a data file's bytes as UTF-8, strictly: a byte that is not UTF-8
 * (a file saved as Windows-1252) is an issue naming its line, not a U+FFFD
 * that would reach the downloads and tooltips.
 */
export function decodeDataFile(path: string, bytes: Uint8Array, issues: DatasetIssue[]): DataFile {
  const { text, bad } = decodeUtf8(bytes);
  if (bad) issues.push({ file: path, line: bad.line, entry: null, field: null, message: NOT_UTF8.replace('this line holds bytes', `this line holds bytes (${hexByte(bad.byte)})`) });
  return { path, text };
}

/** Where a top-level entry starts: "- " at the start of a line (the newline stays with the entry before). */
const ENTRY_START = /(?<=\n)(?=- )/;
/** What may come before the first entry: blank and comment lines only (no directive, no "---"). */
const HEADER = /^(?:[ \t]*(?:#.*)?\r?\n)*$/;

/**
 * Fast path: the file cut before each "- " that starts a line, each piece
 * parsed as its own document and turned into plain data at once, so its
 * nodes can go. Inside a top-level list such a line can only start the next
 * entry, or sit in a quoted scalar or flow collection left open, which makes
 * the piece before it a syntax error. An item's data does not depend on the
 * document it is in (the same schema for every piece, since the header may
 * hold no directive; toJSON() without a context, as the slow path calls it
 * too, resolves no aliases). So when every piece parses cleanly to a list of
 * maps, the values are the whole file's. Otherwise null: the slow path reads
 * the dataset again, and reports.
 */
function parseFast(file: DataFile): ParsedFile | null {
  if (file.text.includes(REPLACEMENT)) return null;
  const pieces = file.text.split(ENTRY_START);
  if (!pieces[0]!.startsWith('- ') && !HEADER.test(pieces.shift()!)) return null;
  if (pieces.length === 0) return null;
  const values: Record<string, unknown>[] = [];
  for (const piece of pieces) {
    const doc = parseDocument(piece, { uniqueKeys: true });
    // Warnings never change the slow path's result, but they flag YAML unusual enough to leave to it.
    if (doc.errors.length > 0 || doc.warnings.length > 0 || !isSeq(doc.contents)) return null;
    for (const item of doc.contents.items) {
      if (!isMap(item)) return null;
      values.push(item.toJSON() as Record<string, unknown>);
    }
  }
  return { file: file.path, values, nodes: [], lines: null, unreadable: false };
}

function readCollection<C extends CollectionName>(
  name: C,
  pf: ParsedFile,
  issues: DatasetIssue[],
): { entries: Entry<C>[]; pf: ParsedFile; indexOf: Map<string, number> } {
  const entries: Entry<C>[] = [];
  const indexOf = new Map<string, number>();
  const schema = dataSchemas[name];
  pf.values.forEach((raw, index) => {
    const line = lineOf(pf, pf.nodes[index] as Ranged | undefined);
    if (raw === null) {
      issues.push({ file: pf.file, line, entry: null, field: null, message: `item ${index + 1} is not an entry with fields` });
      return;
    }
    const id = raw['id'];
    if (typeof id !== 'string' || id === '') {
      issues.push({ file: pf.file, line, entry: `#${index + 1}`, field: 'id', message: 'every entry needs an "id" (kebab-case, unique in the file)' });
      return;
    }
    const idCheck = idSchema.safeParse(id);
    if (!idCheck.success) {
      issues.push({ file: pf.file, line, entry: id, field: 'id', message: `the id ${idCheck.error.issues[0]!.message}` });
      return;
    }
    const previous = indexOf.get(id);
    if (previous !== undefined) {
      const firstLine = lineOf(pf, pf.nodes[previous] as Ranged | undefined);
      issues.push({ file: pf.file, line, entry: id, field: 'id', message: `duplicate id: "${id}" is already used on line ${firstLine}. Give one of them another id` });
      return;
    }
    indexOf.set(id, index);
    const { id: _id, ...fields } = raw;
    const result = schema.safeParse(fields);
    if (!result.success) {
      for (const zi of result.error.issues) {
        const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
        if (zi.code === 'unrecognized_keys') {
          // One issue per unknown field, on its own line, with the nearest field the schema knows.
          const known = path.length === 0 ? ['id', ...knownFieldsAt(schema, path)] : knownFieldsAt(schema, path);
          for (const key of zi.keys) {
            issues.push({
              file: pf.file,
              line: lineOf(pf, keyNodeAt(pf, index, path, key) ?? nodeAt(pf, index, path)),
              entry: id,
              field: [...path, key].join('.'),
              message: unknownFieldMessage(key, known),
            });
          }
          continue;
        }
        const missing = (zi.code === 'invalid_type' || zi.code === 'invalid_value') && getPath(fields, path.map(String)) === undefined;
        issues.push({
          file: pf.file,
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
export function parseDataset(files: Record<CollectionName, DataFile>, today: CalendarDay = buildDay()): Dataset {
  const fast = parseFilesFast(files);
  if (fast === null) return parseDatasetWithPositions(files, today);
  const issues: DatasetIssue[] = [];
  const dataset = checkDataset((n) => fast[n], issues, today);
  if (issues.length === 0) return dataset;
  // Only the files with a problem are parsed again, with positions. The
  // others' entries are the same on both paths, so no problem is in them; if
  // one ever were, every file is parsed again rather than a line guessed.
  const affected = new Set(issues.map((i) => i.file));
  const located: DatasetIssue[] = [];
  checkDataset((n) => (affected.has(files[n].path) ? parseWithPositions(files[n], located) : fast[n]), located, today);
  if (located.length === 0 || located.some((i) => !affected.has(i.file))) return parseDatasetWithPositions(files, today);
  throw new DatasetError(located);
}

/** Every file parsed on the fast path, or null as soon as one cannot be. */
function parseFilesFast(files: Record<CollectionName, DataFile>): Record<CollectionName, ParsedFile> | null {
  const parsed: Partial<Record<CollectionName, ParsedFile>> = {};
  for (const n of collectionNames) {
    const pf = parseFast(files[n]);
    if (pf === null) return null;
    parsed[n] = pf;
  }
  return parsed as Record<CollectionName, ParsedFile>;
}

/** The fast path alone (see the top of this file): the dataset, or null when any file or entry has a problem. */
export function parseDatasetFast(files: Record<CollectionName, DataFile>, today: CalendarDay = buildDay()): Dataset | null {
  const fast = parseFilesFast(files);
  if (fast === null) return null;
  const issues: DatasetIssue[] = [];
  const dataset = checkDataset((n) => fast[n], issues, today);
  return issues.length > 0 ? null : dataset;
}

/** The slow path alone, every file with line positions: the dataset, or a DatasetError listing every problem. */
export function parseDatasetWithPositions(files: Record<CollectionName, DataFile>, today: CalendarDay = buildDay()): Dataset {
  const issues: DatasetIssue[] = [];
  const dataset = checkDataset((n) => parseWithPositions(files[n], issues), issues, today);
  if (issues.length > 0) throw new DatasetError(issues);
  return dataset;
}

/**
 * Reads the entries of each collection (`parsed` gives its file, called in
 * collection order so issues come file by file), then checks dates and
 * references across collections. Every problem is added to `issues`.
 */
function checkDataset(parsed: (name: CollectionName) => ParsedFile, issues: DatasetIssue[], today: CalendarDay): Dataset {
  const read = Object.fromEntries(collectionNames.map((n) => [n, readCollection(n, parsed(n), issues)])) as {
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

  // Time runs one way: nothing can have happened or been reported after the build day. A start or a
  // leaving announced for the future is allowed when its planned flag says so (plannedFlags).
  const day = isoDay(today);
  for (const c of collectionNames) {
    for (const entry of read[c].entries) {
      for (const path of dateFields[c]) {
        const date = dates.get(`${c}/${entry.id}/${path.join('.')}`);
        const planned = plannedFlags[c].find((p) => p.date.join('.') === path.join('.'));
        const flagged = planned !== undefined && getPath(entry, planned.flag) === true;
        if (planned && flagged && !planned.dateOptional && getPath(entry, path) === null) {
          report(c, entry.id, planned.flag, `${planned.flag.at(-1)} is true but ${path.at(-1)} is null: give the planned date, or remove ${planned.flag.at(-1)}`);
        }
        if (!date || date.byBound || compareDays(date.start, today) <= 0 || flagged) continue;
        report(
          c,
          entry.id,
          path,
          planned
            ? `"${date.text}" is after the build date (${day}). If it is a date announced for the future, add "${planned.flag.at(-1)}: true"${planned.flag.length > 1 ? ` in the ${planned.flag[0]} block` : ' beside it'} (the page then shows it as planned); otherwise correct the date`
            : `"${date.text}" is after the build date (${day}): this date says when something happened or was reported, so it cannot be in the future. Correct it (a typo in the year or month?)`,
        );
      }
    }
  }

  // Ids of entries that failed their schema still count, so one typo is reported once.
  const ids = Object.fromEntries(collectionNames.map((c) => [c, new Set(read[c].indexOf.keys())])) as Record<CollectionName, Set<string>>;
  const singular: Record<CollectionName, string> = { organisations: 'organisation', people: 'person', events: 'event', sources: 'source' };
  // A file that did not parse has no ids: do not blame every reference to it as well.
  const unreadable = new Set(collectionNames.filter((c) => read[c].pf.unreadable));
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

  return {
    organisations: read.organisations.entries,
    people: read.people.entries,
    events: read.events.entries,
    sources: read.sources.entries,
  };
}
