/**
 * Indonesian typography in prose: straight quotes become “ ” and ‘ ’ (an
 * apostrophe becomes ’, also at a word's start: ’kan, ’25), "--" between two
 * numbers becomes an en dash (2020–2025), "..." becomes "…", and the last two
 * words of every heading are joined by a no-break space so no heading ends
 * with a word alone on its line.
 *
 * Only straight characters change: text already curly (typed so, or curled by
 * smartypants earlier in the pipeline) is left alone, and a second run changes
 * nothing. Code, inline code, URLs (autolinks and addresses in text), MDX
 * expressions and JSX attribute values are never touched.
 *
 * github-slugger drops the no-break space ("dari-mana-merekadatang"), so every
 * heading gets the id rehype-heading-ids would have given it, computed the
 * same way from the text before any change.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Parents, Root, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

/** Blocks whose text is read as one run: a quote's context may sit in a neighbouring <em> or link. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Leaves that are not prose; in the run they stand for a word, so `"<Num />"` still pairs. */
const OPAQUE = new Set(['inlineCode', 'mdxTextExpression', 'image', 'imageReference', 'footnoteReference', 'html', 'inlineMath']);
/** JSX/HTML elements whose content is code, not prose. */
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style']);
/** Addresses in text: scheme://…, www.…, mailto:…, e-mail; a double quote ends one, and so does punctuation at its end. */
const ADDRESS = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)(?:[^\s<>"“”‘’]*[^\s<>"“”‘’'.,;:!?)])?|[\w.+-]+@[\w-]+\.[\w-]+(?:\.[\w-]+)*/giu;
/** Link text that is itself an address (an autolink): not prose. */
const ADDRESS_TEXT = /^(?:(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S*|[\w.+-]+@[\w-]+\.[\w.-]+)$/iu;
const NBSP = '\u00a0';
/** Before a quote with text on both sides, these mean it opens: ("kata, —"kata, dan/"atau. */
const OPENER_BEFORE = /[([{“‘—–\-/:]/u;
const SPACE = /\s/u;
const WORD = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Node data that remark-rehype copies onto the HTML element (mdast-util-to-hast). */
export interface WithHProperties {
  hProperties?: Record<string, unknown>;
}

interface Segment {
  /** The text node, or null for a stand-in (inline code, expression, element without text). */
  node: Text | null;
  start: number;
  length: number;
}

interface Edit {
  start: number;
  end: number;
  value: string;
}

const isJsx = (node: Nodes): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isCodeElement = (node: Nodes) => isJsx(node) && CODE_ELEMENTS.has(node.name ?? '');

/** Text as rehype-heading-ids reads it: text, inline code and expressions, not image alt text. */
const textOf = (node: Nodes): string =>
  node.type === 'text' || node.type === 'inlineCode' || node.type === 'mdxTextExpression'
    ? node.value
    : 'children' in node
      ? node.children.map((c) => textOf(c)).join('')
      : '';


/** The block's text as one string, with each text node's place in it. */
function runOf(block: Parents): { run: string; segments: Segment[] } {
  const segments: Segment[] = [];
  let run = '';
  const add = (node: Text | null, text: string) => {
    segments.push({ node, start: run.length, length: text.length });
    run += text;
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') add(node, node.value);
    else if (node.type === 'break') add(null, '\n');
    else if (OPAQUE.has(node.type) || isCodeElement(node) || (isJsx(node) && node.children.length === 0)) add(null, 'A');
    else if (node.type === 'link' && (textOf(node) === node.url || ADDRESS_TEXT.test(textOf(node).trim()))) add(null, 'A');
    else if ('children' in node) node.children.forEach((c) => walk(c));
  };
  block.children.forEach((c) => walk(c));
  return { run, segments };
}

/** True when the single quote at `i` is closed later in the block ('kata') before another one opens; else it elides ('kan). */
function hasClosingSingle(run: string, i: number): boolean {
  for (let j = i + 2; j < run.length; j++) {
    if (run[j] !== "'") continue;
    const before = run[j - 1]!;
    const after = run[j + 1] ?? '';
    if (!SPACE.test(before) && !WORD.test(after)) return true;
    if (SPACE.test(before) && WORD.test(after)) return false;
  }
  return false;
}

function quoteEdits(run: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < run.length; i++) {
    const c = run[i];
    if (c !== '"' && c !== "'") continue;
    const prev = run[i - 1];
    const next = run[i + 1];
    const spaceBefore = prev === undefined || SPACE.test(prev);
    const spaceAfter = next === undefined || SPACE.test(next);
    if (spaceBefore && spaceAfter) continue; // a quote standing alone: no way to tell
    const opens = spaceBefore || (!spaceAfter && OPENER_BEFORE.test(prev!));
    let value: string;
    if (c === '"') value = opens ? '“' : '”';
    else if (!opens) value = '’';
    else value = DIGIT.test(next!) || (WORD.test(next!) && !hasClosingSingle(run, i)) ? '’' : '‘';
    edits.push({ start: i, end: i + 1, value });
  }
  return edits;
}

function patternEdits(run: string): Edit[] {
  return [
    ...[...run.matchAll(/(?<=\p{N})--(?=\p{N})/gu)].map((m) => ({ start: m.index, end: m.index + 2, value: '–' })),
    ...[...run.matchAll(/\.\.\./g)].map((m) => ({ start: m.index, end: m.index + 3, value: '…' })),
  ];
}

/** Applies the edits that fall inside one text node and outside every address, last first. */
function apply(run: string, segments: Segment[], edits: Edit[]) {
  const addresses = [...run.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const);
  const allowed = edits.filter((e) => !addresses.some(([s, t]) => e.start < t && e.end > s));
  for (const seg of segments) {
    if (!seg.node) continue;
    const end = seg.start + seg.length;
    let value = seg.node.value;
    for (const e of allowed.filter((x) => x.start >= seg.start && x.end <= end).sort((a, b) => b.start - a.start)) {
      value = value.slice(0, e.start - seg.start) + e.value + value.slice(e.end - seg.start);
    }
    seg.node.value = value;
  }
}

/** Turns the space before the heading's last word into a no-break space, when it sits in a text node. */
function joinLastWords(heading: Heading) {
  const { run, segments } = runOf(heading);
  const at = run.trimEnd().search(/\s+\S*$/u);
  if (at <= 0 || run.slice(0, at).trim() === '') return;
  const seg = segments.find((s) => s.node && at >= s.start && at < s.start + s.length);
  if (!seg?.node) return;
  const local = at - seg.start;
  seg.node.value = seg.node.value.slice(0, local) + seg.node.value.slice(local).replace(/^[ \t]+/u, NBSP);
}

export function remarkTypography() {
  return (tree: Root) => {
    // Ids first, from the text as it stands, one slugger per file: what rehype-heading-ids would give.
    const slugger = new GithubSlugger();
    visit(tree, 'heading', (heading: Heading) => {
      const data = (heading.data ??= {}) as WithHProperties; // mdast-util-to-hast types hProperties too, as possibly undefined
      if (typeof data.hProperties?.['id'] !== 'string') data.hProperties = { ...data.hProperties, id: slugger.slug(textOf(heading)) };
    });

    visit(tree, (node) => {
      if (isCodeElement(node)) return SKIP;
      if (!BLOCKS.has(node.type)) return undefined;
      const block = node as Parents;
      const { run, segments } = runOf(block);
      apply(run, segments, [...quoteEdits(run), ...patternEdits(run)]);
      if (block.type === 'heading') joinLastWords(block);
      return SKIP;
    });
  };
}
