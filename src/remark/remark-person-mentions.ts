/**
 * Links the first mention of each person in every section (## heading) to
 * their card in the "people in this story" list, which it appends as a
 * <PeopleIndex ids="…" /> element. Driven by content/data/people.yaml, never by
 * a hand-kept list: add a person there and their name links itself.
 * Only full names in prose are linked; headings, links, code and JSX
 * attributes are left alone.
 */
import type { Heading, Link, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';
import type { CompileInputs } from './compile-inputs.ts';
import { personAnchor } from '../domain/person-anchor.ts';

export interface Options {
  /**
   * The names to link, name -> id, and nothing else of the dataset (src/integrations/story-pipeline.ts passes
   * compileInputsOf(readDataset())): what a compile depends on is what the compiled-MDX cache's key covers.
   */
  inputs?: () => Pick<CompileInputs, 'names'>;
  /** Names to link, name -> id, instead of the dataset's (tests pass their own). */
  people?: Map<string, string>;
  /** Which files to treat; stories only by default (pages like /metode/ have no people list). */
  include?: (path: string) => boolean;
}

const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'mdxJsxAttribute', 'mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function remarkPersonMentions(options: Options = {}) {
  let names: Map<string, string> | null = options.people ?? null;
  // Built once per set of names, not per file: thousands of names make a large alternation. The names are a new
  // Map only after a data file changed (in `astro dev`: readDataset, then compileInputsOf), and then built again.
  let pattern: RegExp | null = null;
  let namedFrom: Map<string, string> | null = null;
  const include = options.include ?? ((path: string) => /[\\/]content[\\/]stories[\\/]/.test(path));
  return (tree: Root, file: VFile) => {
    if (!include(file.path ?? '')) return;
    if (!options.people) {
      if (!options.inputs) throw new Error('remarkPersonMentions needs an inputs (or people) option');
      const current = options.inputs().names;
      if (current !== namedFrom) {
        namedFrom = names = current;
        pattern = null;
      }
    }
    if (!names || names.size === 0) return;
    // Longest names first, so "Alexander Kolesnikov" wins over a shorter overlapping name.
    const re = (pattern ??= new RegExp(`(?<![\\p{L}\\p{N}])(${[...names.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'u'));
    const mentioned: string[] = [];
    let linkedInSection = new Set<string>();

    // Sections are delimited by level-2 headings in document order.
    const sectionOf = new Map<object, number>();
    let section = 0;
    for (const node of tree.children) {
      if (node.type === 'heading' && (node as Heading).depth <= 2) section++;
      sectionOf.set(node, section);
    }
    let currentSection = -1;

    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => SKIP.has(a.type))) return;
      const top = ancestors[1];
      const s = top ? (sectionOf.get(top) ?? 0) : 0;
      if (s !== currentSection) {
        currentSection = s;
        linkedInSection = new Set();
      }
      const parent = ancestors.at(-1) as { children: PhrasingContent[] };
      const parts: PhrasingContent[] = [];
      let rest = node.value;
      let m: RegExpExecArray | null;
      let changed = false;
      while ((m = re.exec(rest))) {
        const id = names!.get(m[1]!)!;
        if (linkedInSection.has(id)) {
          parts.push({ type: 'text', value: rest.slice(0, m.index + m[1]!.length) });
        } else {
          linkedInSection.add(id);
          if (!mentioned.includes(id)) mentioned.push(id);
          if (m.index > 0) parts.push({ type: 'text', value: rest.slice(0, m.index) });
          const link: Link = { type: 'link', url: `#${personAnchor(id)}`, children: [{ type: 'text', value: m[1]! }], data: { hProperties: { className: ['person'] } } };
          parts.push(link);
          changed = true;
        }
        rest = rest.slice(m.index + m[1]!.length);
      }
      if (!changed) return;
      if (rest) parts.push({ type: 'text', value: rest });
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });

    if (mentioned.length === 0) return;
    const index: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'PeopleIndex',
      attributes: [{ type: 'mdxJsxAttribute', name: 'ids', value: mentioned.join(',') }],
      children: [],
    };
    tree.children.push(index);
  };
}
