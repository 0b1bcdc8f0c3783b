/**
 * Puts a plain sentence on top of the MDX parser's message when a story does
 * not parse, and points the error at the tag (or brace) that is broken rather
 * than where the parser gave up, often a line or two later: a <Step> missing
 * its ">" is only noticed at the end of the next sentence. The parser's own
 * message and position follow the sentence, in brackets.
 *
 * Parsing happens before any remark plugin runs, so this one wraps the
 * processor's parser (unified's `processor.parser`) instead of transforming
 * the tree; a document that parses is returned untouched.
 */
import type { Processor } from 'unified';
import type { Point } from 'unist';
import type { VFile } from 'vfile';

/** What a VFileMessage from the parser carries that is read here. */
interface ParserMessage {
  reason: string;
  source?: string | null;
  ruleId?: string | null;
  place?: Point | { start: Point; end: Point } | null;
  line?: number | null;
  column?: number | null;
}

const PARSERS = new Set(['micromark-extension-mdx-jsx', 'mdast-util-mdx-jsx', 'micromark-extension-mdx-expression', 'micromark-extension-mdxjs-esm']);

function isParserMessage(e: unknown): e is ParserMessage {
  return typeof e === 'object' && e !== null && typeof (e as ParserMessage).reason === 'string' && PARSERS.has(String((e as ParserMessage).source));
}

/** Line and column (1-based) of an offset in the document. */
function pointAt(doc: string, offset: number): Point {
  const before = doc.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset };
}

function offsetOf(doc: string, e: ParserMessage): number | null {
  const p = e.place && 'start' in e.place ? e.place.start : e.place;
  if (p?.offset !== undefined) return p.offset;
  if (p?.line === undefined || p.line === null) return null;
  const lines = doc.split('\n');
  return lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + (p.column ?? 1) - 1;
}

/** True when the tag starting at `doc[from]` has no ">" outside quotes before `to`: it is the one still open there. */
function openUntil(doc: string, from: number, to: number): boolean {
  let quote: string | null = null;
  for (let i = from + 1; i < to; i++) {
    const c = doc[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return false;
  }
  return true;
}

/** The tag the parser was inside when it stopped: the last "<Name" or "</Name" before `at` that is not yet closed. */
function openTag(doc: string, at: number): { offset: number; name: string } | null {
  // Before `at`: when the parser stops at a "<", that "<" starts the next tag, not the broken one.
  const starts = [...doc.slice(0, at).matchAll(/<\/?[A-Za-z][\w.:-]*/g)];
  for (const m of starts.reverse()) {
    if (openUntil(doc, m.index, Math.min(at, doc.length))) return { offset: m.index, name: m[0] };
  }
  return null;
}

/** The first "{" that is never closed, ignoring "\{". */
function openBrace(doc: string): number | null {
  const stack: number[] = [];
  for (let i = 0; i < doc.length; i++) {
    if (doc[i] === '\\') i++;
    else if (doc[i] === '{') stack.push(i);
    else if (doc[i] === '}') stack.pop();
  }
  return stack[0] ?? null;
}

/** The plain sentence and the offset it points at, for a parser message. */
function explain(doc: string, e: ParserMessage): { sentence: string; offset: number | null } {
  const at = offsetOf(doc, e) ?? doc.length;
  const line = (offset: number) => pointAt(doc, offset).line;
  const reason = e.reason;

  if (/to create a comment in MDX, use/.test(reason)) {
    return { sentence: 'HTML comments (<!-- … -->) do not work in a story: write a comment as {/* … */}.', offset: at };
  }
  if (e.source === 'micromark-extension-mdx-jsx' && /before name, expected a character that can start a name/.test(reason)) {
    return { sentence: 'A "<" followed by a letter or a digit starts a tag. To print "<" itself, write "\\<" (e.g. "kurang dari \\<100"), or put a space after it.', offset: at };
  }
  if (e.source === 'micromark-extension-mdx-jsx') {
    const tag = openTag(doc, at);
    const where = tag ? `the ${tag.name}> tag on line ${line(tag.offset)}` : 'a tag';
    if (/expected a corresponding closing quote/.test(reason)) {
      return { sentence: `An attribute of ${where} opens a quote that is never closed: end the value with the same quote mark it starts with, e.g. until="2025-06-30".`, offset: tag?.offset ?? at };
    }
    return {
      sentence:
        `${where === 'a tag' ? 'A tag' : where.replace(/^the/, 'The')} is not written properly. A tag ends with ">" (or "/>" when nothing goes inside it), ` +
        'and between its name and the ">" only attributes may stand, written name="value" and separated by spaces. ' +
        'Look for a missing ">", a missing quote, or a stray character after an attribute.',
      offset: tag?.offset ?? at,
    };
  }
  if (e.source === 'mdast-util-mdx-jsx') {
    const opened = /`<([^>`]+)>` \((\d+):(\d+)/.exec(reason);
    const closing = /Unexpected closing tag `<\/([^>`]*)>`/.exec(reason);
    if (closing && opened) {
      return { sentence: `</${closing[1]}> on line ${line(at)} closes a tag, but <${opened[1]}>, opened on line ${opened[2]}, must be closed first: add </${opened[1]}> before it, or remove a tag closed twice.`, offset: at };
    }
    if (opened) {
      const tagOffset = offsetOf(doc, { reason, place: { line: Number(opened[2]), column: Number(opened[3]) } });
      return { sentence: `<${opened[1]}> on line ${opened[2]} is opened but never closed: add </${opened[1]}> where it ends (or end the tag with "/>" when nothing goes inside it).`, offset: tagOffset };
    }
    return { sentence: 'Tags must be closed in the order they were opened, each <Name> with its </Name>.', offset: at };
  }
  if (e.source === 'micromark-extension-mdxjs-esm') {
    return { sentence: 'A paragraph that starts with "import" or "export" is read as code. Stories need no imports: reword the start of the paragraph.', offset: at };
  }
  // micromark-extension-mdx-expression: a brace never closed, or what is between braces is not valid code.
  const brace = /closing brace/.test(reason) ? openBrace(doc) : null;
  const start = brace ?? at;
  return {
    sentence: `A "{" on line ${line(start)} starts code${brace !== null ? ' that is never closed' : ' that is not valid'}. To print a brace, write "\\{"; a comment is written {/* … */}.`,
    offset: start,
  };
}

export function remarkExplainSyntax(this: Processor) {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (doc: string, file: VFile) => {
    try {
      return parse(doc, file);
    } catch (e) {
      if (!isParserMessage(e)) throw e;
      const { sentence, offset } = explain(doc, e);
      const said = e.line ? ` at line ${e.line}${e.column ? `, column ${e.column}` : ''}` : '';
      const place = offset === null ? undefined : pointAt(doc, offset);
      return file.fail(`${sentence}\n(The MDX parser stopped${said}: ${e.reason})`, { place, ruleId: e.ruleId ?? undefined, source: 'remark-explain-syntax' });
    }
  };
}
