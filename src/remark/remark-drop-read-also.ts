/**
 * Drops "read-also" inserts that Indonesian news sites put between the
 * paragraphs of wire copy ("MEMBACA  Judul…", "BACA JUGA: …", "Baca juga: …").
 * Editors paste wire copy as it comes; the insert links to an unrelated story
 * and must never reach a reader, so the whole paragraph goes.
 */
import type { Nodes, Paragraph, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/*
 * "MEMBACA" only in capitals (or followed by a colon): "Membaca laporan itu, …"
 * is an ordinary Indonesian sentence, and the inserts are set in capitals.
 * "Baca juga" in any case: no sentence of an article opens with it.
 */
const readAlsoStarts = [/^MEMBACA(?=[\s:]|$)/u, /^membaca\s*:/iu, /^baca\s+juga\b/iu];

/** True when a paragraph's text is a read-also insert rather than article text. */
export function isReadAlso(text: string): boolean {
  const start = text.trimStart();
  return readAlsoStarts.some((pattern) => pattern.test(start));
}

/** The paragraph's visible text, links and emphasis included ("**BACA JUGA:** [x](…)"). */
function textOf(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return '';
}

export function remarkDropReadAlso() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (parent === undefined || index === undefined || !isReadAlso(textOf(node))) return undefined;
      parent.children.splice(index, 1);
      // Revisit the same index: it now holds the paragraph that followed.
      return [SKIP, index];
    });
  };
}
