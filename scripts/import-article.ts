/**
 * npm run import-article -- <file.txt> [--slug <slug>]
 *
 * Turns wire copy (headline on the first line, paragraphs separated by blank
 * lines) into a draft, content/stories/_<slug>.mdx: the headline becomes the
 * title, read-also inserts ("MEMBACA …", "BACA JUGA: …") are dropped, and
 * characters MDX would read as code are escaped. The other frontmatter fields
 * are EDIT ME placeholders. Drafts (leading underscore) are not built; rename
 * the file without the underscore to publish it. The slug defaults to one
 * made from the headline.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSlug, EDIT, frontmatterBlock, newFrontmatter, runScript, ScriptError, STORIES_DIR, suggestSlug, today, writeStory } from './lib/story-file.ts';
import { parseWire, wireToMdx } from './lib/wire-to-mdx.ts';

const root = resolve(import.meta.dirname, '..');
const usage = 'npm run import-article -- <file.txt> [--slug <slug>]';

runScript(() => {
  let parsed;
  try {
    parsed = parseArgs({ options: { slug: { type: 'string' } }, allowPositionals: true });
  } catch (e) {
    throw new ScriptError(`${(e as Error).message}\nUsage: ${usage}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new ScriptError(`give one text file.\nUsage: ${usage}`);
  // npm runs scripts from the project root; INIT_CWD is where the editor typed the command.
  const input = resolve(process.env['INIT_CWD'] ?? process.cwd(), positionals[0]!);
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch {
    throw new ScriptError(`cannot read ${input}: is the path right?\nUsage: ${usage}`);
  }

  const wire = parseWire(text);
  const slug = values.slug ?? suggestSlug(wire.headline);
  if (values.slug === undefined && slug === '') throw new ScriptError(`cannot make a slug from the headline "${wire.headline}": give one with --slug <slug>.`);
  checkSlug(slug, root);
  const date = today();
  const { body, kept, dropped } = wireToMdx(wire.paragraphs, `Wire copy imported from ${basename(input)} on ${date} with \`npm run import-article\`. Headline: the title above.`);
  const path = writeStory(root, `_${slug}.mdx`, `${frontmatterBlock(newFrontmatter({ title: wire.headline, published: date }))}\n${body}`);

  const droppedLines = dropped.map((p) => `\n    - ${p.length > 70 ? `${p.slice(0, 70)}…` : p}`).join('');
  console.log(`Created the draft ${path}
  title: ${wire.headline}
  ${kept.length} paragraph${kept.length === 1 ? '' : 's'} kept; ${dropped.length} read-also insert${dropped.length === 1 ? '' : 's'} dropped${droppedLines}

Drafts are not built. To publish:
  1. Replace every "${EDIT}" in the frontmatter: grep -n "${EDIT}" ${path}
  2. Rename it without the underscore:
       mv ${path} ${STORIES_DIR}/${slug}.mdx
  3. npm run dev, then open http://localhost:4321/${slug}/`);
});
