/**
 * Minutes a reader needs for a story, from the words of its prose (step texts
 * included, code and JSX attributes not), at 200 words a minute, rounded up.
 * Stored as frontmatter `minutesRead`, which render(entry) returns in
 * remarkPluginFrontmatter for the story header.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

export const WORDS_PER_MINUTE = 200;

export function minutesToRead(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {})['minutesRead'] = minutesToRead(toString(tree));
  };
}
