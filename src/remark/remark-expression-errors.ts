/**
 * An MDX expression that throws while the page renders (`{lihat.detail}`,
 * `<Step max={x.y}>`) names the story file, line and column and the
 * expression, instead of a line in a compiled chunk under dist/.prerender/.
 * Each expression an editor wrote is wrapped, where MDX keeps its code
 * (node.data.estree), in
 *
 *   (() => { try { return EXPR; } catch (e) { throw new Error(`content/stories/x.mdx:21:7: …`, { cause: e }); } })()
 *
 * which evaluates EXPR once, at the same moment, with the same scope. A
 * literal (`max={40}`) cannot throw and is left alone.
 */
import type { Expression, Program } from 'estree';
import type { Root } from 'mdast';
import type { Position } from 'unist';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { relative } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

type Estree = { estree?: Program } | undefined;

export function remarkExpressionErrors() {
  return (tree: Root, file: VFile) => {
    const path = file.path ? relative(file.cwd, file.path) : 'the story';
    const source = String(file.value);
    const wrap = (program: Program | undefined, position: Position | undefined) => {
      const statement = program?.body[0];
      if (!position || statement?.type !== 'ExpressionStatement' || statement.expression.type === 'Literal') return;
      const { line, column, offset } = position.start;
      const written = offset !== undefined && position.end.offset !== undefined ? source.slice(offset, position.end.offset).replace(/\s+/g, ' ') : '';
      const shown = written.length > 60 ? `${written.slice(0, 57)}…` : written;
      statement.expression = guarded(statement.expression, `${path}:${line}:${column}: the expression ${shown} failed while the page was rendered: `);
    };
    visit(tree, (node) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        wrap((node.data as Estree)?.estree, node.position);
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attr of node.attributes) {
          const value = (attr as MdxJsxAttribute).value;
          if (attr.type === 'mdxJsxAttribute' && value && typeof value === 'object') {
            // An attribute value has no position of its own: the attribute's is the nearest.
            wrap((value.data as Estree)?.estree, attr.position ?? node.position);
          }
        }
      }
    });
  };
}

/** `(() => { try { return expression; } catch (e) { throw new Error(prefix + message, { cause: e }); } })()` as ESTree. */
function guarded(expression: Expression, prefix: string): Expression {
  const e = { type: 'Identifier', name: '__storyError' } as const;
  const message: Expression = {
    type: 'ConditionalExpression',
    test: { type: 'BinaryExpression', operator: 'instanceof', left: e, right: { type: 'Identifier', name: 'Error' } },
    consequent: {
      type: 'BinaryExpression',
      operator: '+',
      left: { type: 'BinaryExpression', operator: '+', left: { type: 'MemberExpression', object: e, property: { type: 'Identifier', name: 'name' }, computed: false, optional: false }, right: { type: 'Literal', value: ': ' } },
      right: { type: 'MemberExpression', object: e, property: { type: 'Identifier', name: 'message' }, computed: false, optional: false },
    },
    alternate: { type: 'CallExpression', callee: { type: 'Identifier', name: 'String' }, arguments: [e], optional: false },
  };
  return {
    type: 'CallExpression',
    optional: false,
    arguments: [],
    callee: {
      type: 'ArrowFunctionExpression',
      expression: false,
      params: [],
      body: {
        type: 'BlockStatement',
        body: [
          {
            type: 'TryStatement',
            block: { type: 'BlockStatement', body: [{ type: 'ReturnStatement', argument: expression }] },
            handler: {
              type: 'CatchClause',
              param: e,
              body: {
                type: 'BlockStatement',
                body: [
                  {
                    type: 'ThrowStatement',
                    argument: {
                      type: 'NewExpression',
                      callee: { type: 'Identifier', name: 'Error' },
                      arguments: [
                        { type: 'BinaryExpression', operator: '+', left: { type: 'Literal', value: prefix }, right: message },
                        { type: 'ObjectExpression', properties: [{ type: 'Property', key: { type: 'Identifier', name: 'cause' }, value: e, kind: 'init', computed: false, method: false, shorthand: false }] },
                      ],
                    },
                  },
                ],
              },
            },
            finalizer: null,
          },
        ],
      },
    },
  };
}
