/**
 * npm run import-article -- <file.txt|file.docx> [--slug <slug>]
 *
 * Turns wire copy (a text file: headline on the first line, paragraphs
 * separated by blank lines; or a Word document, as Word and Google Docs save
 * it: the Title or first heading is the headline, headings, bold, italics,
 * links, lists and block quotes are kept) into a draft, content/stories/_<slug>.mdx: the headline becomes the
 * title, read-also inserts ("MEMBACA …", "BACA JUGA: …") are dropped, and
 * characters MDX would read as code are escaped. The other frontmatter fields
 * are EDIT ME placeholders. Drafts (leading underscore) are not built; rename
 * the file without the underscore to publish it. The slug defaults to one
 * made from the headline.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSlug, EDIT, frontmatterBlock, newFrontmatter, runScript, ScriptError, STORIES_DIR, suggestSlug, today, writeStory } from './lib/story-file.ts';
import { isZip, readDocx } from './lib/docx-to-mdast.ts';
import { blocksToMdx, parseWire } from './lib/wire-to-mdx.ts';
import type { Paragraph, RootContent } from 'mdast';

const root = resolve(import.meta.dirname, '..');
const usage = 'npm run import-article -- <file.txt|file.docx> [--slug <slug>]';

/** Formats a word processor saves in that mammoth cannot read, with how to get a .docx instead. */
const OTHER_FORMATS: Record<string, string> = { '.doc': 'an old Word document', '.odt': 'an OpenDocument file', '.rtf': 'a Rich Text file', '.pages': 'a Pages document', '.pdf': 'a PDF' };

runScript(async () => {
  let parsed;
  try {
    parsed = parseArgs({ options: { slug: { type: 'string' } }, allowPositionals: true });
  } catch (e) {
    throw new ScriptError(`${(e as Error).message}\nUsage: ${usage}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new ScriptError(`give one text file or Word document.\nUsage: ${usage}`);
  // npm runs scripts from the project root; INIT_CWD is where the editor typed the command.
  const input = resolve(process.env['INIT_CWD'] ?? process.cwd(), positionals[0]!);
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch {
    throw new ScriptError(`cannot read ${input}: is the path right?\nUsage: ${usage}`);
  }
  const kind = OTHER_FORMATS[extname(input).toLowerCase()];
  if (kind !== undefined) {
    throw new ScriptError(`${basename(input)} is ${kind}: save it as a Word document (.docx) and import that. In Word: File > Save As > Word Document (.docx); in Google Docs: File > Download > Microsoft Word (.docx).`);
  }

  // A .docx is a zip archive: read as one whatever its name, so a renamed file still imports.
  let headline: string;
  let blocks: RootContent[];
  let changes: string[] = [];
  if (isZip(bytes) || extname(input).toLowerCase() === '.docx') {
    ({ headline, blocks, changes } = await readDocx(bytes));
  } else {
    const wire = parseWire(bytes.toString('utf8'));
    headline = wire.headline;
    blocks = wire.paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] }));
  }

  const slug = values.slug ?? suggestSlug(headline);
  if (values.slug === undefined && slug === '') throw new ScriptError(`cannot make a slug from the headline "${headline}": give one with --slug <slug>.`);
  checkSlug(slug, root);
  const date = today();
  const { body, keptSummary, dropped } = blocksToMdx(blocks, `Wire copy imported from ${basename(input)} on ${date} with \`npm run import-article\`. Headline: the title above.`);
  const path = writeStory(root, `_${slug}.mdx`, `${frontmatterBlock(newFrontmatter({ title: headline, published: date }))}\n${body}`);

  const list = (lines: string[], max = Infinity) => lines.map((p) => `\n    - ${p.length > max ? `${p.slice(0, max)}…` : p}`).join('');
  const changed = changes.length === 0 ? '' : `\n  ${changes.length} change${changes.length === 1 ? '' : 's'} to check:${list(changes)}`;
  console.log(`Created the draft ${path}
  title: ${headline}
  ${keptSummary} kept; ${dropped.length} read-also insert${dropped.length === 1 ? '' : 's'} dropped${list(dropped, 70)}${changed}

Drafts are not built. To publish:
  1. Replace every "${EDIT}" in the frontmatter: grep -n "${EDIT}" ${path}
  2. Rename it without the underscore:
       mv ${path} ${STORIES_DIR}/${slug}.mdx
  3. npm run dev, then open http://localhost:4321/${slug}/`);
});
