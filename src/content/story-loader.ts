/**
 * Astro's glob() loader for stories and pages, with what it lets slip turned
 * into build errors (src/domain/story-files.ts): the address is the file's path,
 * kebab-case, or its `slug`, which replaces the file name; two files with one
 * address fail naming both (glob() only warns, and keeps one); a
 * `translationOf` naming no edition fails with its file and line; so does a
 * byte that is not UTF-8.
 */
import { glob, type Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeUtf8, hexByte } from '../domain/utf8.ts';
import { checkTranslations, collisionMessage, storyId, StoryFileError, type StoryFile } from '../domain/story-files.ts';

export function storyLoader(options: { base: string; kind: 'story' | 'page' }): Loader {
  const base = options.base.replace(/^\.\//, '').replace(/\/$/, '');
  // Address (lower-cased: case-insensitive file systems and hosts would merge them) -> the file that has it.
  const claims = new Map<string, string>();
  let root = process.cwd();
  const inner = glob({
    base: options.base,
    pattern: '**/[^_]*.mdx',
    // The content store holds no story's MDX source (Astro bundles the store into the server build, so
    // its size grows with every story): code that needs a story's source reads its file (src/site/embed-paths.ts).
    retainBody: false,
    generateId: ({ entry, data }) => {
      const file = `${base}/${entry}`;
      // glob() reads the file leniently: a byte that is not UTF-8 would reach the page as U+FFFD.
      const { bad } = decodeUtf8(readFileSync(join(root, file)));
      if (bad) {
        throw new StoryFileError([
          `${file}:${bad.line}: this line holds bytes (${hexByte(bad.byte)}) that are not UTF-8 text (readers would see "\uFFFD"). The file was probably saved in another encoding (Windows-1252, Latin-1): save it as UTF-8 and retype the accented letters on this line`,
        ]);
      }
      const id = storyId(entry, data['slug'], file);
      const key = id.toLowerCase();
      const other = claims.get(key);
      if (other !== undefined && other !== file && existsSync(join(root, other))) {
        throw new StoryFileError([collisionMessage(id, ...([other, file].sort() as [string, string]))]);
      }
      for (const [k, f] of claims) if (f === file) claims.delete(k); // this file's old address, before an edit
      claims.set(key, file);
      return id;
    },
  });
  return {
    name: `msl-${options.kind}-files`,
    load: async (context) => {
      root = fileURLToPath(context.config.root);
      await inner.load(context);
      const files: StoryFile[] = context.store.entries().map(([id, entry]) => {
        const file = entry.filePath ?? `${base}/${id}.mdx`;
        const { lang, translationOf, draft } = entry.data as { lang: string; translationOf?: string; draft?: boolean };
        return { id, file: relative(root, join(root, file)), text: readFileSync(join(root, file), 'utf8'), lang, translationOf, draft };
      });
      const problems = checkTranslations(files, options.kind);
      if (problems.length > 0) throw new StoryFileError(problems);
    },
  };
}
