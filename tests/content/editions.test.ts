/**
 * The editions agree: a story and its translation bind the same figures, dates and cited facts.
 * A <Num>, <When> or <Cite> in one edition and not the other fails, unless it carries `context`
 * (a fact given for that edition's readers only): <Num of="…" context />.
 *
 * Run: npx vitest run tests/content/editions.test.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../publish/site.ts';

const dir = join(PROJECT_ROOT, 'content/stories');
const stories = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') && !f.split('/').at(-1)!.startsWith('_'))
  .map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
    return { file: f, id: f.replace(/\.mdx$/, ''), translationOf: /\ntranslationOf:\s*(\S+)/.exec(`\n${fm[1]}`)?.[1] ?? null, body: text.slice(fm[0].length) };
  });

/** What an edition binds, as a set of "Num wave.hires", "When event:…", "Cite src-id": a figure quoted twice in one edition and once in the other still matches. */
export function bindings(mdx: string): Map<string, number> {
  const out = new Map<string, number>();
  visit(unified().use(remarkParse).use(remarkMdx).parse(mdx), (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const el = node as { name: string | null; attributes: MdxJsxAttribute[] };
    const attr = (n: string) => el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === n);
    if (attr('context')) return;
    const key = el.name === 'Num' || el.name === 'When' ? attr('of')?.value : el.name === 'Cite' ? attr('src')?.value : undefined;
    if (typeof key === 'string') out.set(`${el.name} ${key}`, 1);
  });
  return out;
}

const pairs = stories.filter((s) => s.translationOf).map((s) => [s, stories.find((o) => o.id === s.translationOf)!] as const);

describe('the editions bind the same facts', () => {
  it('finds the translated stories', () => {
    expect(pairs.length).toBeGreaterThan(0);
  });
  it.each(pairs.map(([a, b]) => [a.file, b.file, a, b]))('%s and %s', (_, __, a, b) => {
    const inA = [...bindings(a.body).keys()];
    const inB = [...bindings(b.body).keys()];
    expect({ [`only in ${a.file}`]: inA.filter((k) => !inB.includes(k)), [`only in ${b.file}`]: inB.filter((k) => !inA.includes(k)) }).toEqual({
      [`only in ${a.file}`]: [],
      [`only in ${b.file}`]: [],
    });
  });
  it('reports a figure bound in one edition only, and accepts one marked as context', () => {
    const a = bindings('Ada <Num of="wave.hires" /> dan <Num of="people" context />.');
    expect([...a.keys()]).toEqual(['Num wave.hires']);
  });
});
