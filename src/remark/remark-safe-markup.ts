/**
 * Refuses markup in a story that would run code in a reader's browser, with
 * the file, the line and what to do instead. GitHub Pages and S3 ignore
 * public/_headers, so on those hosts nothing but this check and the page's
 * <meta> policy stands between a story and its readers:
 * - <script>, <style>, <iframe>, <object>, <embed>, <base>, <link>, <meta>…
 *   in raw JSX, also inside a {…} expression;
 * - event-handler attributes (onclick=…), style="…" (the policy blocks it),
 *   set:html and dangerouslySetInnerHTML, spread attributes on HTML elements;
 * - an address with a scheme other than http:, https: or mailto: in a link,
 *   an image or a URL attribute (href, src, action…), checked with httpUrl
 *   (src/domain/url.ts) like every address from the data;
 * - import and export: the components are there without them, and an import
 *   could bring in code.
 * Plain Markdown (`.md`) raw HTML gets the same checks on its text.
 */
import type { Program } from 'estree-jsx';
import { visit as visitEstree } from 'estree-util-visit';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node, Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { httpUrl } from '../domain/url.ts';

/** Elements that load or run code, or restyle and redirect the page; lower case, as HTML matches them. */
export const FORBIDDEN_ELEMENTS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta'] as const;

/** Attributes whose value is an address the browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'xlinkhref', 'poster', 'data', 'cite', 'background', 'ping', 'srcset']);

/** Attributes that put raw HTML into the page. */
const RAW_HTML_ATTRIBUTES = new Set(['set:html', 'dangerouslysetinnerhtml', 'innerhtml']);

const hasScheme = /^[a-z][a-z\d+.-]*:/i;

/** Why an address may not be published, or null when it may: a site path, #anchor, http(s) or mailto. */
export function unsafeAddress(value: string): string | null {
  // Browsers drop tabs, newlines and leading control characters before reading the scheme.
  const bare = value.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (!hasScheme.test(bare)) return null;
  if (/^mailto:/i.test(bare) || httpUrl(value) !== null) return null;
  return `"${value.trim().slice(0, 60)}" is not a web address a reader can safely follow: use https://…, a site path such as ../metode/, or mailto:`;
}

interface Attr {
  name: string;
  /** The text of a quoted value or a string literal; null for no value; undefined for an expression. */
  value: string | null | undefined;
  spread: boolean;
}

type Report = (message: string, at: Node | Point) => never;

function checkElement(name: string | null, attrs: Attr[], report: Report, at: Node | Point): void {
  if (name === null) return;
  const lower = name.toLowerCase();
  const isHtml = /^[a-z]/.test(name);
  // Any case: <SCRIPT> is a component to MDX, but nothing may pass for one either.
  if ((FORBIDDEN_ELEMENTS as readonly string[]).includes(lower)) {
    report(
      `<${name}> is not allowed in a story: it would ${lower === 'script' ? 'run code in readers’ browsers' : lower === 'style' ? 'restyle the page past its stylesheet' : 'load or redirect content the site does not control'}. ` +
        'Remove it; charts and diagrams come from the components (<Scrolly>, <ChartFigure>), styles from src/styles.',
      at,
    );
  }
  for (const a of attrs) {
    if (a.spread) {
      if (isHtml) report(`<${name} {...}>: spread attributes are not allowed on HTML elements in a story; write each attribute out.`, at);
      continue;
    }
    const attr = a.name.toLowerCase();
    if (/^on[a-z]/.test(attr)) {
      report(`<${name} ${a.name}=…>: event-handler attributes run code and are not allowed in a story. Remove ${a.name}.`, at);
    }
    if (attr === 'style' && isHtml) {
      report(`<${name} style=…>: inline styles are blocked by the site's Content-Security-Policy. Use a class from src/styles instead.`, at);
    }
    if (RAW_HTML_ATTRIBUTES.has(attr)) report(`<${name} ${a.name}=…>: raw HTML is not allowed in a story. Write the content as Markdown or JSX.`, at);
    if (URL_ATTRIBUTES.has(attr)) {
      if (a.value === undefined) report(`<${name} ${a.name}={…}>: write the address in quotes (${a.name}="https://…"), so it can be checked.`, at);
      const why = typeof a.value === 'string' ? unsafeAddress(a.value) : null;
      if (why) report(`<${name} ${a.name}>: ${why}.`, at);
    }
  }
}

function jsxAttrs(node: MdxJsxFlowElement | MdxJsxTextElement): Attr[] {
  return node.attributes.map((a: MdxJsxAttribute | MdxJsxExpressionAttribute) =>
    a.type === 'mdxJsxExpressionAttribute'
      ? { name: '', value: undefined, spread: true }
      : { name: a.name, value: a.value === null || a.value === undefined ? null : typeof a.value === 'string' ? a.value : literalOf(a.value.data?.estree), spread: false },
  );
}

/** The string of an expression that is only a string literal or a template without ${}; undefined otherwise. */
function literalOf(program: Program | null | undefined): string | undefined {
  const statement = program?.body[0];
  if (!program || program.body.length !== 1 || statement?.type !== 'ExpressionStatement') return undefined;
  const e = statement.expression;
  if (e.type === 'Literal' && typeof e.value === 'string') return e.value;
  if (e.type === 'TemplateLiteral' && e.expressions.length === 0) return e.quasis.map((q) => q.value.cooked ?? q.value.raw).join('');
  return undefined;
}

/** JSX written inside a {…} expression, checked like JSX in the text. */
function checkEstree(program: Program, report: Report, fallback: Node): void {
  visitEstree(program, (n) => {
    if (n.type !== 'JSXOpeningElement') return;
    const name = n.name.type === 'JSXIdentifier' ? n.name.name : n.name.type === 'JSXNamespacedName' ? `${n.name.namespace.name}:${n.name.name.name}` : null;
    const attrs: Attr[] = n.attributes.map((a) => {
      if (a.type === 'JSXSpreadAttribute') return { name: '', value: undefined, spread: true };
      const attrName = a.name.type === 'JSXNamespacedName' ? `${a.name.namespace.name}:${a.name.name.name}` : a.name.name;
      const v = a.value;
      const value =
        v === null || v === undefined
          ? null
          : v.type === 'Literal'
            ? String(v.value)
            : v.type === 'JSXExpressionContainer' && v.expression.type !== 'JSXEmptyExpression'
              ? literalOf({ type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: v.expression }] })
              : undefined;
      return { name: attrName, value, spread: false };
    });
    checkElement(name, attrs, report, n.loc ? { line: n.loc.start.line, column: n.loc.start.column + 1 } : fallback);
  });
}

/** Raw HTML in plain Markdown: the same rules, read from the text. */
function checkHtml(html: string, report: Report, node: Node): void {
  const element = new RegExp(`<\\s*(${FORBIDDEN_ELEMENTS.join('|')})\\b`, 'i').exec(html);
  if (element) checkElement(element[1]!.toLowerCase(), [], report, node);
  const handler = /\s(on[a-z]+)\s*=/i.exec(html);
  if (handler) checkElement('element', [{ name: handler[1]!, value: null, spread: false }], report, node);
  const style = /\sstyle\s*=/i.exec(html);
  if (style) checkElement('element', [{ name: 'style', value: null, spread: false }], report, node);
  for (const m of html.matchAll(/\s([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    checkElement('element', [{ name: m[1]!, value: m[2] ?? m[3] ?? m[4] ?? '', spread: false }], report, node);
  }
}

export function remarkSafeMarkup() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const report: Report = (message, at) => file.fail(message, 'type' in at ? { place: at.position } : { place: at });
      switch (node.type) {
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node.name, jsxAttrs(node), report, node);
          for (const a of node.attributes) {
            const program = a.type === 'mdxJsxExpressionAttribute' ? a.data?.estree : typeof a.value === 'object' ? a.value?.data?.estree : null;
            if (program) checkEstree(program, report, node);
          }
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (node.data?.estree) checkEstree(node.data.estree, report, node);
          break;
        case 'mdxjsEsm':
          return report('import and export are not allowed in a story: the components (<Scrolly>, <Step>, <ChartFigure>, <Num>) work without an import.', node);
        case 'link':
        case 'image':
        case 'definition': {
          const why = unsafeAddress(node.url);
          if (why) report(`${node.type === 'image' ? 'Image' : 'Link'}: ${why}.`, node);
          break;
        }
        case 'html':
          checkHtml(node.value, report, node);
          break;
      }
    });
  };
}
