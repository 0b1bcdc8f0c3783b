import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkStepIds } from './remark-step-ids.ts';

function run(mdx: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkStepIds);
  const file = new VFile({ path: 'content/stories/contoh.mdx', value: mdx });
  return processor.runSync(processor.parse(file), file);
}

function stepIds(mdx: string): (string | null)[] {
  const ids: (string | null)[] = [];
  visit(run(mdx), (n) => {
    if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && (n as MdxJsxFlowElement).name === 'Step') {
      const a = (n as MdxJsxFlowElement).attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === 'id');
      ids.push(typeof a?.value === 'string' ? a.value : null);
    }
  });
  return ids;
}

function failure(mdx: string): { message: string; line: number | undefined } {
  try {
    run(mdx);
  } catch (e) {
    const err = e as { reason: string; line?: number; file?: string };
    expect(err.file).toBe('content/stories/contoh.mdx');
    return { message: err.reason, line: err.line };
  }
  throw new Error('expected the MDX to be rejected');
}

describe('remarkStepIds', () => {
  it('numbers steps from 1 within each section, named after the chart or "diagram"', () => {
    const mdx = [
      '<Scrolly chart="hiring-wave" title="a">',
      '  <Step>a</Step>',
      '  <Step view="cumulative">b</Step>',
      '</Scrolly>',
      '',
      '<Scrolly title="d">',
      '  <div slot="graphic">x</div>',
      '  <Step highlight="zhao">c</Step>',
      '</Scrolly>',
      '',
      '<Scrolly chart="origins" title="o">',
      '  <Step>one line</Step>',
      '</Scrolly>',
    ].join('\n');
    expect(stepIds(mdx)).toEqual(['langkah-hiring-wave-1', 'langkah-hiring-wave-2', 'langkah-diagram-1', 'langkah-origins-1']);
  });

  it('gives a second section of the same chart its own ids', () => {
    const mdx = '<Scrolly chart="retention" title="a">\n<Step>a</Step>\n</Scrolly>\n\n<Scrolly chart="retention" title="b">\n<Step>b</Step>\n<Step>c</Step>\n</Scrolly>\n';
    expect(stepIds(mdx)).toEqual(['langkah-retention-1', 'langkah-retention-2-1', 'langkah-retention-2-2']);
  });

  it('keeps an id the editor gave, and numbers the other steps as before', () => {
    const mdx = '<Scrolly chart="origins" title="a">\n<Step>a</Step>\n<Step id="pembekuan">b</Step>\n<Step>c</Step>\n</Scrolly>\n';
    expect(stepIds(mdx)).toEqual(['langkah-origins-1', 'pembekuan', 'langkah-origins-3']);
  });

  it('is stable: the same story gets the same ids on every build', () => {
    const mdx = '<Scrolly chart="departures" title="a">\n<Step>a</Step>\n<Step>b</Step>\n</Scrolly>\n';
    expect(stepIds(mdx)).toEqual(stepIds(mdx));
  });

  it('rejects an id two steps share, naming both lines', () => {
    expect(failure('<Scrolly chart="origins" title="a">\n<Step id="sama">a</Step>\n<Step id="sama">b</Step>\n</Scrolly>\n')).toEqual({
      message: '<Step> id "sama" is already used by the step on line 2: every step of a story needs its own id. Give one of them another id="…".',
      line: 3,
    });
  });

  it('rejects an id that clashes with a generated one', () => {
    expect(failure('<Scrolly chart="origins" title="a">\n<Step>a</Step>\n<Step id="langkah-origins-1">b</Step>\n</Scrolly>\n').line).toBe(3);
  });

  it.each([
    ['Pembekuan', '"Pembekuan"'],
    ['dua kata', '"dua kata"'],
    ['-awal', '"-awal"'],
  ])('rejects the id %s, which a link could not name', (id, shown) => {
    expect(failure(`<Scrolly chart="origins" title="a">\n<Step id="${id}">a</Step>\n</Scrolly>\n`)).toEqual({
      message: `<Step id=…>: write the id in quotes with lowercase letters, digits and hyphens only, e.g. id="pembekuan-agustus" (not ${shown}).`,
      line: 2,
    });
  });
});
