/**
 * What the story scripts share: where stories live, which slugs are allowed,
 * the frontmatter of a fresh story (placeholders marked EDIT ME), and writing
 * a file without ever overwriting one.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { idSchema } from '../../src/domain/schemas/common.ts';
import { storySchema } from '../../src/domain/schemas/story.ts';
import { PLACEHOLDER } from '../../src/remark/remark-no-placeholders.ts';

export type StoryFrontmatter = z.input<typeof storySchema>;

/** Marks every value an editor must replace before publishing; grep for it. */
export const EDIT = PLACEHOLDER;

/** The desk's byline, as on the published story. */
export const DEFAULT_BYLINE = 'Meja Data';

export const STORIES_DIR = 'content/stories';

/** Longer slugs make unwieldy URLs; the published one has 21 characters. */
const MAX_SLUG = 60;

export class ScriptError extends Error {
  override name = 'ScriptError';
}

/** Today's date where the editor is, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Slugs taken by pages and folders in src/pages (metode, data, en…), each with the file that takes it. */
export function reservedSlugs(root: string): Map<string, string> {
  return new Map(
    readdirSync(join(root, 'src/pages'), { withFileTypes: true })
      .filter((e) => !e.name.startsWith('[') && !e.name.startsWith('_'))
      .map((e) => [e.name.replace(/\.(astro|mdx?|ts|js)$/, ''), `src/pages/${e.name}${e.isDirectory() ? '/' : ''}`]),
  );
}

/** Throws a ScriptError saying what is wrong with the slug and how to write one. */
export function checkSlug(slug: string, root: string): void {
  const result = idSchema.safeParse(slug);
  if (!result.success) {
    const suggestion = suggestSlug(slug);
    const hint = slug.startsWith('_') ? ' Leave out the underscore: it marks a draft file and is not part of the slug.' : suggestion ? ` Try "${suggestion}".` : '';
    throw new ScriptError(`"${slug}" is not a valid slug: it ${result.error.issues[0]?.message ?? 'must be kebab-case'}.${hint}`);
  }
  if (slug.length > MAX_SLUG) {
    throw new ScriptError(`"${slug}" is ${slug.length} characters long; keep slugs to ${MAX_SLUG} or fewer (it becomes the page address).`);
  }
  const taken = reservedSlugs(root).get(slug);
  if (taken) throw new ScriptError(`"${slug}" is taken by ${taken}: the story would never be reached at /${slug}/. Pick another slug.`);
}

/** A kebab-case slug made from any text: accents dropped, at most MAX_SLUG characters, cut between words. */
export function suggestSlug(text: string): string {
  const full = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= MAX_SLUG) return full;
  const cut = full.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG);
}

/** Frontmatter of a new story, valid as it stands; every EDIT ME value is the editor's to replace. */
export function newFrontmatter(fields: { title?: string; published: string }): StoryFrontmatter {
  return {
    title: fields.title ?? `${EDIT} the headline`,
    dek: `${EDIT} one or two sentences under the headline`,
    byline: [DEFAULT_BYLINE],
    lang: 'id',
    published: fields.published,
    basedOn: {
      publisher: `${EDIT} publisher of the original, e.g. WIRED`,
      title: `${EDIT} headline of the original, in its own language`,
      dateNote: `${EDIT} its publication date in words, e.g. 24 September 2025`,
      url: null,
    },
    description: `${EDIT} summary for search results and link previews, at most 160 characters`,
  };
}

/** The frontmatter block, dates quoted (unquoted, YAML would turn them into timestamps). */
export function frontmatterBlock(data: StoryFrontmatter): string {
  const result = storySchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ScriptError(`The frontmatter would not pass src/domain/schemas/story.ts:\n${issues}`);
  }
  // YAML 1.1 knows timestamps, so the stringifier quotes anything that looks like one.
  return `---\n${stringify(data, { version: '1.1', singleQuote: true, lineWidth: 0 })}---\n`;
}

/** Writes a new file; refuses to replace one (or its draft/published twin) with a message naming it. */
export function writeStory(root: string, file: string, text: string): string {
  const path = join(root, STORIES_DIR, file);
  const shown = relative(root, path);
  const slug = file.replace(/^_/, '').replace(/\.mdx$/, '');
  const existing = readdirSync(join(root, STORIES_DIR)).find((name) => name === `${slug}.mdx` || name === `_${slug}.mdx`);
  if (existing) {
    const what = existing.startsWith('_') ? 'a draft with this slug' : 'a story with this slug';
    throw new ScriptError(`${STORIES_DIR}/${existing} already exists (${what}). Edit that file, or pick another slug.`);
  }
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new ScriptError(`${shown} already exists. Edit that file, or pick another slug.`);
    throw e;
  }
  return shown;
}

/** Runs a script's main function: a ScriptError prints its message alone and exits 1. */
export async function runScript(main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (!(e instanceof ScriptError)) throw e;
    console.error(`Error: ${e.message}`);
    process.exitCode = 1;
  }
}
