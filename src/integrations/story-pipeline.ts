/**
 * The stories' Markdown pipeline: Astro's unified processor with our remark
 * plugins, in order. astro.config.mjs sets it as `markdown.processor`, and
 * the MDX compile workers of a build (src/integrations/mdx-workers.ts) make
 * the same one from this function, so a story compiles alike in both.
 *
 * The dataset is read the one way (src/site/read-dataset.ts): parsed and
 * validated once per thread, and again in `astro dev` after a data file is
 * saved. remark-bound-numbers gets it whole (to word a refusal's hint; a
 * refused compile is not cached); the plugins whose output a compile keeps
 * get only what the compiled-MDX cache's key covers (src/remark/compile-inputs.ts).
 */
import { unified } from '@astrojs/markdown-remark';
import { readDataset } from '../site/read-dataset.ts';
import { compileInputsOf } from '../remark/compile-inputs.ts';
import { remarkBoundNumbers } from '../remark/remark-bound-numbers.ts';
import { remarkCheckComponents } from '../remark/remark-check-components.ts';
import { remarkDropReadAlso } from '../remark/remark-drop-read-also.ts';
import { remarkExplainSyntax } from '../remark/remark-explain-syntax.ts';
import { remarkExpressionErrors } from '../remark/remark-expression-errors.ts';
import { remarkNoPlaceholders } from '../remark/remark-no-placeholders.ts';
import { remarkPersonMentions } from '../remark/remark-person-mentions.ts';
import { remarkReadingTime } from '../remark/remark-reading-time.ts';
import { remarkSafeMarkup } from '../remark/remark-safe-markup.ts';
import { remarkStepIds } from '../remark/remark-step-ids.ts';
import { remarkTypography } from '../remark/remark-typography.ts';

const made = new WeakSet<object>();

/**
 * Whether `processor` is one storyProcessor made (the MDX workers make only that one). Astro's config schema
 * copies the processor object but keeps its `options` (node_modules/astro/dist/core/config/schemas/base.js).
 */
export const isStoryProcessor = (processor: { options?: unknown }): boolean => typeof processor.options === 'object' && processor.options !== null && made.has(processor.options);

/** The processor for the project at `root` (a folder path). */
export function storyProcessor(root: string) {
  const dataset = () => readDataset(root);
  const inputs = () => compileInputsOf(dataset());
  const processor = unified({
    // SmartyPants gets Indonesian wrong ('25, 'kan, 2020--2025); remark-typography does it instead, last,
    // after names have been matched against the data. remark-expression-errors makes an expression that throws
    // name its story file and line.
    smartypants: false,
    // remarkExplainSyntax wraps the parser (a story that does not parse gets a plain sentence and the tag's line);
    // remarkSafeMarkup first of the transforms: it reads what the editor wrote, before any plugin adds markup of its own.
    remarkPlugins: [
      remarkExplainSyntax,
      remarkSafeMarkup,
      remarkDropReadAlso,
      remarkNoPlaceholders,
      [remarkCheckComponents, { inputs, root }],
      remarkStepIds,
      [remarkBoundNumbers, { dataset }],
      [remarkPersonMentions, { inputs }],
      remarkTypography,
      remarkReadingTime,
      remarkExpressionErrors,
    ],
  });
  made.add(processor.options);
  return processor;
}
