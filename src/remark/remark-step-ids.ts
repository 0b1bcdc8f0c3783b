/**
 * Gives every <Step> of a story a stable id, so a sentence, another page or a
 * shared link can open the story at that step (#langkah-hiring-wave-3): the
 * section's chart id (or "diagram"), with -2, -3 … when a story shows the
 * same chart in a second section, and the step's number in its section,
 * counted from 1. A step may name its own id instead (<Step id="pembekuan">),
 * which survives steps added before it. An id that is not lowercase letters,
 * digits and hyphens, or that two steps share, fails the build at its line.
 *
 *   <Scrolly chart="hiring-wave" …>
 *     <Step …>   -> id="langkah-hiring-wave-1"
 *     <Step id="pembekuan" …>   -> id="pembekuan"
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (n: { type: string }): n is JsxNode => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

function attribute(node: JsxNode, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** The id a step gets when it names none: section key, then the step's number in its section. */
export const stepId = (section: string, n: number) => `langkah-${section}-${n}`;

const validId = /^[a-z0-9][a-z0-9-]*$/;

export function remarkStepIds() {
  return (tree: Root, file: VFile) => {
    const sectionsSeen = new Map<string, number>();
    const ids = new Map<string, number | undefined>();
    visit(tree, (node) => {
      if (!isJsx(node) || node.name !== 'Scrolly') return;
      const chart = attribute(node, 'chart')?.value;
      const base = typeof chart === 'string' && chart ? chart : 'diagram';
      const seen = (sectionsSeen.get(base) ?? 0) + 1;
      sectionsSeen.set(base, seen);
      const section = seen === 1 ? base : `${base}-${seen}`;
      let n = 0;
      visit(node, (step) => {
        if (!isJsx(step) || step.name !== 'Step') return;
        n++;
        const own = attribute(step, 'id');
        let id: string;
        if (own) {
          if (typeof own.value !== 'string' || !validId.test(own.value)) {
            file.fail(`<Step id=…>: write the id in quotes with lowercase letters, digits and hyphens only, e.g. id="pembekuan-agustus" (not ${typeof own.value === 'string' ? `"${own.value}"` : 'an expression'}).`, step);
          }
          id = own.value;
        } else {
          id = stepId(section, n);
          step.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
        }
        if (ids.has(id)) {
          const line = ids.get(id);
          file.fail(`<Step> id "${id}" is already used by the step${line ? ` on line ${line}` : ''}: every step of a story needs its own id. Give one of them another id="…".`, step);
        }
        ids.set(id, step.position?.start.line);
      });
    });
  };
}
