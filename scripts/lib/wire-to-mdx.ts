/**
 * Wire copy to an MDX story body, through remark: the headline (first line)
 * becomes the title, each blank-line-separated block a paragraph, read-also
 * inserts are dropped (src/remark/remark-drop-read-also.ts), the text is
 * wrapped in <WireCopy> (the agency's numbers), and the
 * stringifier escapes whatever MDX or Markdown would read as syntax. Pure.
 */
import type { Paragraph, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';
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
  /** Paragraphs kept, as text. */
  kept: string[];
  /** Paragraphs dropped as read-also inserts, as text. */
  dropped: string[];
}

/** The MDX body for the paragraphs, read-also inserts removed; `note` becomes an MDX comment on top. */
export function wireToMdx(paragraphs: string[], note: string): WireResult {
  const nodes = paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] }));
  const processor = unified().use(remarkMdx).use(remarkDropReadAlso).use(remarkStringify, { unsafe });
  const input: Root = { type: 'root', children: [...nodes] };
  const tree = processor.runSync(input) as Root;
  const left = new Set(tree.children);
  const kept = paragraphs.filter((_, i) => left.has(nodes[i]!));
  const dropped = paragraphs.filter((_, i) => !left.has(nodes[i]!));
  if (kept.length === 0) throw new ScriptError('every paragraph is a read-also insert ("MEMBACA", "BACA JUGA"): nothing left to import.');
  // The wire text is the agency's: inside <WireCopy>, its numbers need not be bound to the data.
  tree.children = [
    { type: 'mdxFlowExpression', value: `/* ${note.replace(/\*\//g, '* /')} */` },
    { type: 'mdxJsxFlowElement', name: 'WireCopy', attributes: [], children: tree.children as MdxJsxFlowElement['children'] },
  ];
  return { body: processor.stringify(tree), kept, dropped };
}
