/**
 * npm run new-story -- <slug>
 *
 * Starts content/stories/<slug>.mdx: valid frontmatter (today's date, lang id,
 * EDIT ME placeholders) and one example scrolly section with two steps. The
 * file builds as it is, so `npm run dev` shows it at once at /<slug>/.
 * Refuses an invalid slug, a slug taken by a page, and an existing story or draft.
 */
import { resolve } from 'node:path';
import { chartIds } from '../src/specs/registry.ts';
import { checkSlug, EDIT, frontmatterBlock, newFrontmatter, runScript, ScriptError, today, writeStory } from './lib/story-file.ts';

const root = resolve(import.meta.dirname, '..');

/** The story body: an example of every component an editor needs first. */
function scaffoldBody(date: string): string {
  return `
{/* Started with \`npm run new-story\` on ${date}. Replace every "${EDIT}", here and in the frontmatter above. Guide: content/README.md */}

${EDIT} the lede, in your own words. Every fact in the story must be in content/data.

## ${EDIT} section heading

${EDIT} a paragraph that leads into the chart below.

{/* A scrolly section: the chart stays on screen while the steps scroll past it. Charts: ${chartIds.join(', ')}. Their views and highlight keys are listed in content/README.md. */}

<Scrolly chart="hiring-wave" title="${EDIT} a sentence that says what the chart shows" caption="${EDIT} an optional note under the chart, or delete this caption">
  <Step until="2025-06-30" mark="2025-06-30" markLabel="30 Juni: memo MSL" highlight="openai">
    ${EDIT} the first step. The chart shows the weeks up to <When of="event:2025-06-30-msl-memo" />, with the hires from OpenAI picked out. Type no number by hand: print figures with Num and dates with When (keys in content/figures.md).
  </Step>
  <Step view="cumulative">
    ${EDIT} the second step. The chart switches to the running total: <Num of="wave.hires" /> hires in all.
  </Step>
</Scrolly>
`;
}

runScript(() => {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    throw new ScriptError('give exactly one slug, e.g.\n  npm run new-story -- meta-hiring-freeze\nThe slug is the page address: kebab-case, a-z, 0-9 and single hyphens.');
  }
  const slug = args[0]!;
  checkSlug(slug, root);
  const date = today();
  const path = writeStory(root, `${slug}.mdx`, frontmatterBlock(newFrontmatter({ published: date })) + scaffoldBody(date));
  console.log(`Created ${path}

Next:
  1. npm run dev, then open http://localhost:4321/${slug}/
  2. Replace every "${EDIT}" (frontmatter and text): grep -n "${EDIT}" ${path}
  3. Not ready for readers yet? Set draft: true in the frontmatter, or rename the file to _${slug}.mdx.`);
});
