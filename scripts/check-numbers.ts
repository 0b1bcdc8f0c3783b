/**
 * npm run check-numbers [-- <file.mdx> …]
 *
 * The build's number check (src/remark/remark-bound-numbers.ts) on the stories, without a build:
 * prints every number typed by hand, with its line and the component to write instead.
 * With no files, checks every story under content/stories. Exits 1 when one is found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkBoundNumbers } from '../src/remark/remark-bound-numbers.ts';
import { readDataset } from '../src/site/read-dataset.ts';

const root = resolve(import.meta.dirname, '..');
const stories = join(root, 'content/stories');
const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : readdirSync(stories, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).map((f) => join(stories, f));

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBoundNumbers, { dataset: () => readDataset(root) });
let failed = 0;
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  // The frontmatter is not prose: blank it, keeping its lines so line numbers match the file.
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  const body = fm ? fm[0].replace(/[^\n]/g, '') + text.slice(fm[0].length) : text;
  const lang = /\nlang:\s*(\w+)/.exec(fm?.[0] ?? '')?.[1];
  const file = new VFile({ path, value: body, data: { astro: { frontmatter: { lang } } } });
  try {
    processor.runSync(processor.parse(file), file);
  } catch (e) {
    failed++;
    console.error(`${relative(root, path)}: ${(e as { reason?: string }).reason ?? String(e)}\n`);
  }
}
console.log(failed === 0 ? `${files.length} stories: every number is bound to the data.` : `${failed} of ${files.length} stories have numbers typed by hand.`);
process.exitCode = failed === 0 ? 0 : 1;
