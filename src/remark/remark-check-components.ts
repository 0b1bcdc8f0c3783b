/**
 * Catches authoring mistakes in MDX stories at build time, with the file, the
 * line and a fix: an unknown chart, view or highlight in a component prop
 * ("did you mean 'hiring-wave'?"), a <Step> outside a <Scrolly>, a <Scrolly>
 * without steps, an image without alt text, an image or an import from
 * outside the project (it would be copied into the published site).
 */
import type { Definition, Root } from 'mdast';
import type { Node } from 'unist';
import { definitions } from 'mdast-util-definitions';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { chartIds, isChartId } from '../specs/registry.ts';
import { closest } from '../domain/dataset.ts';
import type { ChartKeys, CompileInputs, ViewKeys } from './compile-inputs.ts';
import { highlightList, stepDateProblem } from '../specs/step-state.ts';

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

export interface Options {
  /**
   * The charts' views, series and bars and the figure keys, and nothing else of the dataset (src/integrations/story-pipeline.ts passes
   * compileInputsOf(readDataset())): what a compile depends on is what the compiled-MDX cache's key covers.
   */
  inputs: () => CompileInputs;
  /** Project root: images and imports must come from inside it. */
  root?: string;
}

function attr(node: JsxNode, name: string): string | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

const suggest = (value: string, known: string[]) => {
  const hint = closest(value, known);
  return hint ? `did you mean "${hint}"? ` : '';
};

export function remarkCheckComponents(options: Options) {
  const root = options.root ?? process.cwd();
  const specOf = (id: string) => options.inputs().charts.get(id as ChartKeys['id'])!;

  return (tree: Root, file: VFile) => {
    const definition = definitions(tree);
    visitParents(tree, (node, ancestors) => {
      if (node.type === 'image' && !node.alt?.trim()) {
        file.fail(`Image "${node.url}" has no alt text. Describe it for readers who cannot see it: ![What the image shows](${node.url})`, node);
      }
      if (node.type === 'image') checkInsideProject('Image', node.url, root, file, node);
      if (node.type === 'imageReference') {
        const def: Definition | undefined = definition(node.identifier);
        if (def) checkInsideProject('Image', def.url, root, file, node);
      }
      if (node.type === 'mdxjsEsm') {
        for (const statement of node.data?.estree?.body ?? []) {
          const from = 'source' in statement && statement.source ? String(statement.source.value) : null;
          if (from !== null && /^[./]/.test(from)) checkInsideProject('Import', from, root, file, node);
        }
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node as JsxNode;
      if (el.name === 'img' && !attr(el, 'alt')?.trim()) {
        file.fail('<img> has no alt text. Add alt="what the image shows".', el);
      }
      if (el.name === 'Scrolly' || el.name === 'ChartFigure') {
        const chart = attr(el, 'chart');
        const hasDiagram = el.name === 'Scrolly' && el.children.some((c) => 'attributes' in c && c.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'slot' && a.value === 'graphic'));
        if (chart === undefined && !hasDiagram) {
          file.fail(`<${el.name}> needs a chart, e.g. <${el.name} chart="hiring-wave" title="…">${el.name === 'Scrolly' ? ', or a diagram marked slot="graphic"' : ''}.`, el);
        } else if (chart !== undefined && !isChartId(chart)) {
          file.fail(`Unknown chart "${chart}" in <${el.name}>: ${suggest(chart, chartIds)}Known charts: ${chartIds.join(', ')}.`, el);
        }
        if (!attr(el, 'title')) file.fail(`<${el.name}${chart ? ` chart="${chart}"` : ''}> needs a title="…" that says what the chart shows.`, el);
      }
      if (el.name === 'Scrolly') {
        const steps: JsxNode[] = [];
        visitParents(el, (n) => {
          if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n !== el && (n as JsxNode).name === 'Step') steps.push(n as JsxNode);
        });
        if (steps.length === 0) file.fail('<Scrolly> has no <Step> inside it. Add at least one <Step>…</Step> between <Scrolly> and </Scrolly>.', el);
        const chart = attr(el, 'chart');
        if (chart && isChartId(chart)) {
          const spec = specOf(chart);
          for (const step of steps) checkStep(step, spec, file);
        }
      }
      if (el.name === 'Num') {
        const of = attr(el, 'of') ?? '';
        const { figureKeys } = options.inputs();
        if (!figureKeys.has(of)) file.fail(`<Num of="${of}">: no such figure; ${suggest(of, [...figureKeys])}Figures are listed in src/domain/figures.ts.`, el);
      }
      if (el.name === 'Step') {
        // A one-line <Step>…</Step> sits in a paragraph, so look at every ancestor.
        if (!ancestors.some((a) => 'name' in a && a.name === 'Scrolly')) {
          file.fail('<Step> must be inside a <Scrolly chart="…"> section: move it between <Scrolly> and </Scrolly>.', el);
        }
      }
    });
  };
}

/** Series keys and category labels a step may highlight, per view (a view can have a bar per organisation). */
const highlightKeyCache = new WeakMap<ViewKeys, Set<string>>();
function highlightKeys(view: ViewKeys): Set<string> {
  let keys = highlightKeyCache.get(view);
  if (!keys) highlightKeyCache.set(view, (keys = new Set([...view.series, ...view.labels])));
  return keys;
}

function checkStep(step: JsxNode, spec: ChartKeys, file: VFile) {
  const views = spec.views.map((v) => v.key);
  const view = attr(step, 'view');
  if (view !== undefined && !views.includes(view)) {
    file.fail(`<Step view="${view}">: chart "${spec.id}" has no such view; ${suggest(view, views)}Views: ${views.join(', ')}.`, step);
  }
  const shown = spec.views.find((v) => v.key === view) ?? spec.views[0]!;
  const keys = highlightKeys(shown);
  for (const h of highlightList(attr(step, 'highlight') ?? '')) {
    if (!keys.has(h)) {
      const bars = shown.labels.filter((l) => keys.has(l)).map((l) => `"${l}"`);
      const series = shown.mainSeries.join(', ');
      file.fail(
        `<Step highlight="${h}">: view "${shown.key}" of chart "${spec.id}" has no series or bar "${h}"; ${suggest(h, [...keys])}` +
          `Use one of the series: ${series}${bars.length ? `; or a bar, written as the chart labels it: ${bars.join(', ')}` : ''}.`,
        step,
      );
    }
  }
  for (const name of ['until', 'mark'] as const) {
    const v = attr(step, name);
    const problem = v === undefined ? null : stepDateProblem(name, v);
    if (problem) file.fail(problem, step);
  }
}

/**
 * Astro copies a Markdown image with a relative path into the site, and Vite
 * bundles what a story imports, wherever they point: `../../../etc/x.png`
 * would publish a file from outside the project. Such a path, an absolute
 * file path outside it, or a link (symlink) leading out, fails. URLs and site
 * paths (`/charts/…`, not a file on disk) are left alone.
 */
function checkInsideProject(kind: 'Image' | 'Import', url: string, root: string, file: VFile, node: Node) {
  let path: string;
  try {
    path = decodeURI(url);
  } catch {
    path = url;
  }
  if (URL.canParse(path) || path.startsWith('//')) return;
  const storyDir = dirname(resolve(file.cwd, file.path || '.'));
  const target = isAbsolute(path) ? path : resolve(storyDir, path);
  if (isAbsolute(path) && !existsSync(target)) return; // a path on the site, from public/
  const real = existsSync(target) ? realpathSync(target) : target;
  const project = existsSync(root) ? realpathSync(root) : resolve(root);
  const rel = relative(project, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    file.fail(
      `${kind} "${url}" is outside the project (${real}): it would be ${kind === 'Image' ? 'copied' : 'bundled'} into the published site. Put the file in the project, e.g. next to the story, and ${kind === 'Image' ? `link it from there: ![…](${path.split('/').at(-1)})` : 'import it from there'}`,
      node,
    );
  }
}
