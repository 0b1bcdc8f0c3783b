import { evaluate } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkExpressionErrors } from './remark-expression-errors.ts';

/** A JSX runtime that builds plain objects: enough to run the compiled MDX and see what it throws. */
const jsx = (type: unknown, props: Record<string, unknown>) => ({ type, props });
const runtime = { Fragment: 'fragment', jsx, jsxs: jsx };

async function render(mdx: string, props: Record<string, unknown> = {}): Promise<unknown> {
  const file = new VFile({ path: 'content/stories/contoh.mdx', value: mdx });
  const { default: Content } = await evaluate(file, { ...runtime, remarkPlugins: [remarkExpressionErrors] } as Parameters<typeof evaluate>[1]);
  return (Content as (p: unknown) => unknown)({ components: { Step: 'step' }, ...props });
}

describe('remarkExpressionErrors', () => {
  it.each([
    ['Teks.\n\nLihat {lihat.detail} di sini.\n', 'content/stories/contoh.mdx:3:7: the expression {lihat.detail} failed while the page was rendered: ReferenceError: lihat is not defined'],
    ['Teks.\n\n{(() => { throw new Error("rusak") })()}\n', 'content/stories/contoh.mdx:3:1: the expression {(() => { throw new Error("rusak") })()} failed while the page was rendered: Error: rusak'],
    ['Teks.\n\n<Step max={batas.atas}>Langkah</Step>\n', 'content/stories/contoh.mdx:3:7: the expression max={batas.atas} failed while the page was rendered: ReferenceError: batas is not defined'],
  ])('names the story file and line: %j', async (mdx, message) => {
    await expect(render(mdx)).rejects.toThrow(message);
  });

  it('keeps what an expression that works evaluates to, and its cause when it throws', async () => {
    const tree = JSON.stringify(await render('Dua kali dua {2 * 2}, {props.nama}.\n\n<Step max={40} label={"x".toUpperCase()}>a</Step>\n', { nama: 'Ani' }));
    expect(tree).toContain('"children":["Dua kali dua ",4,", ","Ani","."]');
    expect(tree).toContain('"max":40,"label":"X"');
    const error = await Promise.resolve(render('{null.x}\n')).catch((e: unknown) => e);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });
});
