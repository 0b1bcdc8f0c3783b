/**
 * Wire copy to an MDX story body, through remark: the headline (first line)
 * becomes the title, each blank-line-separated block a paragraph (or the
 * blocks read from a Word document, scripts/lib/docx-to-mdast.ts), read-also
 * inserts are dropped (src/remark/remark-drop-read-also.ts), the text is
 * wrapped in <WireCopy> (the agency's numbers), and the
 * stringifier escapes whatever MDX or Markdown would read as syntax. Pure.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkStringify, { type Options } from 'remark-stringify';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { remarkDropReadAlso } from '../../src/remark/remark-drop-read-also.ts';
import { ScriptError } from './story-file.ts';

export interface Wire {
  /** The first non-empty line, whitespace collapsed. */
  headline: string;
  /** Each block of text between blank lines, its lines joined with a space. */
  paragraphs: string[];
}

export function parseWire(text: string): Wire {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const at = lines.findIndex((line) => line.trim() !== '');
  if (at === -1) throw new ScriptError('the file is empty: wire copy starts with the headline on the first line.');
  const blocks: string[][] = [[]];
  for (const line of lines.slice(at + 1)) {
    if (line.trim() === '') blocks.push([]);
    else blocks.at(-1)!.push(line.trim());
  }
  const paragraphs = blocks.filter((b) => b.length > 0).map((b) => b.join(' ').replace(/[ \t]+/g, ' '));
  if (paragraphs.length === 0) throw new ScriptError('the file has a headline but no paragraphs. Put the text under it, paragraphs separated by a blank line.');
  return { headline: lines[at]!.trim().replace(/\s+/g, ' '), paragraphs };
}

/*
 * Escapes beyond remark-mdx's own (which covers "{" and "<"): "~" would be
 * strikethrough under GFM, which the site's processor enables, and a paragraph
 * opening with "import " or "export " would be read as JavaScript.
 */
const unsafe: NonNullable<Options['unsafe']> = [
  { character: '~', inConstruct: 'phrasing' },
  { atBreak: true, character: 'i', after: 'mport\\s' },
  { atBreak: true, character: 'e', after: 'xport\\s' },
];

export interface WireResult {
  /** The MDX body (no frontmatter). */
  body: string;
  /** Blocks kept (paragraphs, headings, quotes, lists), as text. */
  kept: string[];
  /** What was kept, counted: "7 paragraphs", "5 paragraphs, 2 headings and 1 block quote". */
  keptSummary: string;
  /** Paragraphs dropped as read-also inserts, as text. */
  dropped: string[];
}

const BLOCK_NAMES: Record<string, string> = { paragraph: 'paragraph', heading: 'heading', blockquote: 'block quote', list: 'list', thematicBreak: 'rule' };

/** The MDX body for the paragraphs, read-also inserts removed; `note` becomes an MDX comment on top. */
export function wireToMdx(paragraphs: string[], note: string): WireResult {
  return blocksToMdx(
    paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
    note,
  );
}

/** The same for Markdown blocks (from a Word document): read-also paragraphs removed, at any depth. */
export function blocksToMdx(blocks: RootContent[], note: string): WireResult {
  const processor = unified().use(remarkMdx).use(remarkDropReadAlso).use(remarkStringify, { unsafe });
  const input: Root = { type: 'root', children: [...blocks] };
  const paragraphs = (tree: Root) => {
    const found: Paragraph[] = [];
    visit(tree, 'paragraph', (p: Paragraph) => void found.push(p));
    return found;
  };
  const before = paragraphs(input);
  const tree = processor.runSync(input) as Root;
  const after = new Set(paragraphs(tree));
  const dropped = before.filter((p) => !after.has(p)).map((p) => toString(p));
  const kept = tree.children.map((b) => toString(b));
  const counts = new Map<string, number>();
  for (const b of tree.children) counts.set(b.type, (counts.get(b.type) ?? 0) + 1);
  const parts = [...counts].map(([type, n]) => `${n} ${BLOCK_NAMES[type] ?? type}${n === 1 ? '' : 's'}`);
  const keptSummary = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join('');
  if (after.size === 0) throw new ScriptError('every paragraph is a read-also insert ("MEMBACA", "BACA JUGA"): nothing left to import.');
  // The wire text is the agency's: inside <WireCopy>, its numbers need not be bound to the data.
  tree.children = [
    { type: 'mdxFlowExpression', value: `/* ${note.replace(/\*\//g, '* /')} */` },
    { type: 'mdxJsxFlowElement', name: 'WireCopy', attributes: [], children: tree.children as MdxJsxFlowElement['children'] },
  ];
  return { body: processor.stringify(tree), kept, keptSummary, dropped };
}
