/**
 * A Word document (.docx, which Word and Google Docs both export) to the
 * blocks of a story: mammoth reads the document into HTML by its paragraph
 * styles, hast-util-from-html and hast-util-to-mdast turn that into Markdown
 * nodes, and this module keeps what a story can carry: headings, paragraphs,
 * bold and italics, lists, block quotes (Word's "Quote" and "Intense Quote"
 * styles), and links to http(s) addresses. Everything else is listed in
 * `changes`, never dropped silently: a link to any other address keeps its
 * text without the link, pictures and tables are left out.
 */
import type { Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import mammoth from 'mammoth';
import type { Heading, Nodes, Parents, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { httpUrl } from '../../src/domain/url.ts';
import { ScriptError } from './story-file.ts';

export interface DocxArticle {
  /** The first block's text (the Title or first heading, else the first paragraph), whitespace collapsed. */
  headline: string;
  /** The blocks after the headline; headings shifted so the highest is a section heading (##). */
  blocks: RootContent[];
  /** What was changed or left out, one line each, for the editor to check. */
  changes: string[];
}

/*
 * Added to mammoth's default map (Heading 1-6, lists, Normal): the title and
 * quotation styles of Word and Google Docs. Google Docs has no quotation
 * style; its indented paragraphs come through as paragraphs.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/** Node types a story keeps as they are; others are unwrapped or left out, with a line in `changes`. */
const KEPT = new Set(['heading', 'paragraph', 'blockquote', 'list', 'listItem', 'text', 'emphasis', 'strong', 'link', 'break', 'thematicBreak']);
const LEFT_OUT: Record<string, string> = { image: 'a picture', imageReference: 'a picture', table: 'a table', code: 'a code block', html: 'raw HTML' };

const FORMATTING: Record<string, string> = { delete: 'strikethrough', inlineCode: 'code formatting' };

const shorten = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/** The article in an HTML fragment as mammoth writes it; pure. */
export function htmlToArticle(html: string): DocxArticle {
  const changes: string[] = [];
  const root = toMdast(fromHtml(html, { fragment: true }) as HastNodes);
  if (root.type !== 'root') throw new Error(`hast-util-to-mdast returned a ${root.type}, not a root`);

  visit(root, (node: Nodes, index, parent: Parents | undefined) => {
    if (parent === undefined || index === undefined || KEPT.has(node.type)) {
      if (node.type === 'link') {
        node.title = null;
        if (httpUrl(node.url) === null) {
          changes.push(`link on "${shorten(toString(node))}" removed (kept as text): "${shorten(node.url)}" is not an http(s) address`);
          parent!.children.splice(index!, 1, ...(node.children as never[]));
          return [SKIP, index!];
        }
        node.url = httpUrl(node.url)!;
      }
      return undefined;
    }
    const what = LEFT_OUT[node.type];
    if (what !== undefined) {
      const text = toString(node);
      changes.push(`${what} left out${text.trim() ? ` ("${shorten(text)}")` : ''}: a story shows charts through its components, not pasted pictures or tables`);
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // Strikethrough, footnote marks and the like: the words stay, the formatting goes.
    changes.push(`${FORMATTING[node.type] ?? node.type} removed from "${shorten(toString(node))}" (the words are kept)`);
    const words = 'children' in node ? node.children : 'value' in node ? [{ type: 'text', value: node.value }] : [];
    parent.children.splice(index, 1, ...(words as never[]));
    return [SKIP, index];
  });

  const blocks = root.children.filter((block) => toString(block).trim() !== '' || block.type === 'thematicBreak');
  const first = blocks.shift();
  if (first === undefined) throw new ScriptError('the document is empty: it starts with the headline (a Title or Heading 1, or the first paragraph).');
  const headline = toString(first).replace(/\s+/g, ' ').trim();
  if (blocks.length === 0) throw new ScriptError('the document has a headline but no paragraphs. Put the text under it.');

  const headings: Heading[] = [];
  for (const block of blocks) visit(block, 'heading', (h: Heading) => void headings.push(h));
  const shift = headings.length === 0 ? 0 : 2 - Math.min(...headings.map((h) => h.depth));
  for (const h of headings) h.depth = Math.min(6, Math.max(2, h.depth + shift)) as Heading['depth'];
  return { headline, blocks, changes };
}

/** The article in a .docx file's bytes. */
export async function readDocx(buffer: Buffer): Promise<DocxArticle> {
  let result;
  try {
    result = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: 'picture' })) });
  } catch {
    throw new ScriptError('this is not a Word document (.docx) that can be read. Save it again as .docx: in Word, File > Save As > Word Document; in Google Docs, File > Download > Microsoft Word (.docx).');
  }
  const article = htmlToArticle(result.value);
  const styles = [...new Set(result.messages.flatMap((m) => /^Unrecognised paragraph style: '([^']*)'/.exec(m.message)?.[1] ?? []))];
  if (styles.length > 0) article.changes.push(`paragraphs in the Word style${styles.length === 1 ? '' : 's'} ${styles.map((s) => `"${s}"`).join(', ')} read as ordinary paragraphs`);
  return article;
}

/** True for the first bytes of a zip archive, which a .docx is. */
export const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
