/**
 * What the glob loader would otherwise let slip for story and page files: an
 * address that is not kebab-case, two files with the same address (the later
 * silently replaced the earlier), and a `translationOf` that names no story
 * (the language switch and hreflang links silently vanished). Pure: the
 * loader (src/content/story-loader.ts) passes paths, frontmatter and text.
 *
 *   storyId('en/yang-song.mdx', undefined)   // 'en/yang-song'
 *   storyId('en/x.mdx', 'yang-song')         // 'en/yang-song' (a slug replaces the file name)
 */
import { idSchema } from './schemas/common.ts';
import { closest } from './closest.ts';

export class StoryFileError extends Error {
  constructor(problems: string[]) {
    super(problems.length === 1 ? problems[0]! : `${problems.length} problems in the stories:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'StoryFileError';
  }
}

const kebab = (s: string) => idSchema.safeParse(s).success;

/** A kebab-case spelling of `name`, to suggest in a message. */
const toKebab = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The id (and address) of the file at `entry`, relative to the collection's
 * folder: its path without ".mdx", or with the file name replaced by the
 * frontmatter's `slug`. Throws when a part is not kebab-case. `file` is the
 * path to show, relative to the project root.
 */
export function storyId(entry: string, slug: unknown, file: string): string {
  const parts = entry.replace(/\.mdx$/, '').split('/');
  if (slug !== undefined) {
    if (typeof slug !== 'string' || !kebab(slug)) {
      throw new StoryFileError([`${file}: slug ${JSON.stringify(slug)} is not kebab-case (a-z, 0-9 and single hyphens), e.g. slug: ${toKebab(String(slug)) || 'my-story'}`]);
    }
    parts[parts.length - 1] = slug;
  }
  for (const part of parts) {
    if (!kebab(part)) {
      const fix = toKebab(part) || 'my-story';
      throw new StoryFileError([
        `${file}: "${part}" is not kebab-case (a-z, 0-9 and single hyphens), and the file name is the page's address. Rename it, e.g. to "${fix}${part === parts.at(-1) && slug === undefined ? '.mdx' : ''}"`,
      ]);
    }
  }
  return parts.join('/');
}

/** Two files claiming one address: the message names both. */
export function collisionMessage(id: string, first: string, second: string): string {
  return `${first} and ${second} both have the address /${id}/: one would silently replace the other. Rename one of them (or change its slug)`;
}

export interface StoryFile {
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** The file's text, to find the line of `translationOf`. */
  text: string;
  lang: string;
  translationOf?: string | undefined;
  draft?: boolean | undefined;
}

/** Problems with the editions' links: each `translationOf` must name another story, in another language, that is built. */
export function checkTranslations(files: StoryFile[], kind: 'story' | 'page'): string[] {
  const byId = new Map(files.map((f) => [f.id, f]));
  const problems: string[] = [];
  for (const f of files) {
    if (f.translationOf === undefined) continue;
    const at = `${f.file}:${lineOf(f.text, /^translationOf\s*:/m)}`;
    const target = byId.get(f.translationOf);
    const lost = 'the language switch and hreflang links would silently vanish';
    if (!target) {
      const hint = closest(f.translationOf, [...byId.keys()].filter((id) => id !== f.id));
      problems.push(`${at}: translationOf "${f.translationOf}" names no ${kind}${hint ? `; did you mean "${hint}"?` : '.'} Use the id of the edition this one translates (its file name without .mdx${kind === 'story' ? ', e.g. "meta-rekrut-yang-song"' : ''}), or remove translationOf: otherwise ${lost}`);
    } else if (target === f) {
      problems.push(`${at}: translationOf names this ${kind} itself; name the edition in the other language`);
    } else if (target.lang === f.lang) {
      problems.push(`${at}: translationOf "${f.translationOf}" names a ${kind} in the same language (${f.lang}); name the edition in the other language`);
    } else if (target.draft && !f.draft) {
      problems.push(`${at}: translationOf "${f.translationOf}" names a draft, which is not published, so ${lost}. Publish it, or remove translationOf until then`);
    }
  }
  return problems;
}

/** 1-based line of the first match of `re` in `text` (1 when absent). */
function lineOf(text: string, re: RegExp): number {
  const m = re.exec(text);
  return m ? text.slice(0, m.index).split('\n').length : 1;
}
