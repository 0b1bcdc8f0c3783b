/**
 * Wraps a content loader (the stories' glob) so that frontmatter that fails
 * its schema stops the build with every problem at its own line, in words:
 *
 *   content/stories/x.mdx:1 (field "title"): title is missing: add a line "title: …" between the two --- lines at the top
 *   content/stories/x.mdx:14 (field "date" of the second correction listed under "corrections"): correction date …
 *
 * Astro's own message points every frontmatter problem at line 0:0 (the glob
 * loader does not hand it the YAML) and names fields as "corrections.1.date".
 * A field that is missing is pointed at the block that should hold it: the
 * opening --- for a top-level field, the line of its parent otherwise.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ContentError } from './content-error.ts';
import { fieldInWords } from '../domain/field-words.ts';

export interface FrontmatterIssue {
  line: number;
  path: (string | number)[];
  message: string;
}

/**
 * The file line of each schema issue in `source` (a whole .mdx file): the
 * line of the field, or for a missing one the line of the nearest enclosing
 * field (line 1, the opening ---, for a top-level one).
 */
export function locateIssues(source: string, issues: readonly z.core.$ZodIssue[]): FrontmatterIssue[] {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const lines = new LineCounter();
  const doc = block ? parseDocument(block[1]!, { lineCounter: lines }) : null;
  // The YAML starts on the file's second line.
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line + 1 : 1);
  return issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    let line = 1;
    let node: unknown = doc?.contents;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        line = lineOf(pair.key as YamlNode);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        line = lineOf(node as YamlNode);
      } else break;
    }
    return { line, path, message: issue.message };
  });
}

export function formatFrontmatterIssue(file: string, i: FrontmatterIssue): string {
  return `${file}:${i.line}${i.path.length ? ` (${fieldInWords(i.path)})` : ''}: ${i.message}`;
}

/** The error for a story whose frontmatter fails `schema`, or null when it passes. */
export function frontmatterError(root: string, filePath: string, data: unknown, schema: z.ZodType): ContentError | null {
  const result = schema.safeParse(data);
  if (result.success) return null;
  const file = relative(root, filePath) || filePath;
  const located = locateIssues(readFileSync(filePath, 'utf8'), result.error.issues);
  const lines = located.map((i) => formatFrontmatterIssue(file, i));
  const message = `The frontmatter of ${file} has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
  return new ContentError('FrontmatterError', lines[0]!, message, { file: filePath, line: located[0]!.line, column: 1 });
}

export function withFrontmatterErrors(loader: Loader, schema: z.ZodType): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      return loader.load({
        ...context,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (e) {
            const better = props.filePath ? frontmatterError(root, props.filePath, props.data, schema) : null;
            throw better ?? e;
          }
        },
      });
    },
  };
}
