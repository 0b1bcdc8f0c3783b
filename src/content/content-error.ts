/**
 * A mistake in content/ as Astro shows its own errors. For a DatasetError: `astro build` prints the
 * message with the data file and line as its Location, and the `astro dev`
 * overlay heads the page with the build's message (its first problem) and
 * shows the YAML around that line, instead of a stack in src/domain/dataset.ts. Astro reads these
 * fields off any error (`loc`, `title`, `hint`); `type: 'AstroError'` makes
 * it keep the error as it is rather than wrap it as an "UnhandledRejection".
 * No stack: the file to open is in the message, and src/ is not the editor's.
 */
import { isAbsolute, join } from 'node:path';
import { DatasetError, formatIssue } from '../domain/dataset.ts';

export class ContentError extends Error {
  readonly type = 'AstroError';
  readonly title: string;
  readonly loc: { file: string; line: number; column: number };

  constructor(name: string, title: string, message: string, loc: ContentError['loc']) {
    super(message);
    this.name = name;
    this.title = title;
    this.loc = loc;
    this.stack = '';
  }
}

/** `root` joins the file to the project root; without it the path stays relative, which Astro's dev server resolves from the root. */
const where = (e: DatasetError, root = '') => {
  const first = e.issues[0]!;
  return { first, loc: { file: isAbsolute(first.file) ? first.file : join(root, first.file), line: first.line, column: 1 } };
};

/** For `astro build` and the content loaders: the build's message, located at the first problem. */
export function buildError(e: DatasetError, root: string): ContentError {
  const { first, loc } = where(e, root);
  return new ContentError(e.name, formatIssue(first), e.message, loc);
}

/**
 * For the dev overlay: the first problem, with its file and line, is the
 * title; the body says what to do (and lists every problem when there are
 * more); the code frame under it shows the first problem's line.
 */
export function overlayError(e: DatasetError, root?: string): ContentError {
  const { first, loc } = where(e, root);
  const todo = `Open ${first.file} at line ${first.line}, fix it and save: the page reloads by itself.`;
  const all = e.issues.length > 1 ? `\n\n${e.message}` : '';
  return new ContentError(e.name, formatIssue(first), `${todo}${all}`, loc);
}
