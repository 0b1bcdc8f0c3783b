/**
 * Refuses, in a production build, a published story that still holds the
 * "EDIT ME:" placeholders that `npm run new-story` and `npm run
 * import-article` write (scripts/lib/story-file.ts): the message names the
 * file, every line and the fix. `npm run dev` still previews such a story, so
 * the editor sees it on the page while writing; a draft (draft: true, or a
 * file name starting with "_") is never built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

export const PLACEHOLDER = 'EDIT ME:';

export interface Options {
  /** Refuse placeholders; by default in production builds only (NODE_ENV=production, as `astro build` sets it). */
  enforce?: boolean;
}

export function remarkNoPlaceholders(options: Options = {}) {
  return (_tree: Root, file: VFile) => {
    if (!(options.enforce ?? process.env['NODE_ENV'] === 'production')) return;
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (frontmatter?.['draft'] === true) return;
    // The whole file, frontmatter included (the MDX compiler sees the body only).
    const text = file.path && existsSync(file.path) ? readFileSync(file.path, 'utf8') : String(file.value);
    const lines = text.split('\n').flatMap((line, i) => (line.includes(PLACEHOLDER) ? [i + 1] : []));
    if (lines.length === 0) return;
    const shown = file.path ? relative(process.cwd(), file.path) : 'this story';
    file.fail(
      `"${PLACEHOLDER}" placeholder${lines.length > 1 ? 's' : ''} left on line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}: readers would see ${lines.length > 1 ? 'them' : 'it'}. ` +
        `Write the real text (grep -n "EDIT ME" ${shown}), or keep the story off the site with draft: true. npm run dev still previews it.`,
      { line: lines[0]!, column: 1 },
    );
  };
}
