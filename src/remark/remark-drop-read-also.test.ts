import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { isReadAlso, remarkDropReadAlso } from './remark-drop-read-also.ts';

/**
 * Every folder of src/remark/fixtures/ but typography-* (remark-typography.test.ts's) is a case:
 * input.md and, after the plugin, output.md (UPDATE=1 rewrites it).
 */
const cases = readdirSync(new URL('./fixtures/', import.meta.url)).filter((d) => !d.startsWith('typography-'));
const fixtureUrl = (name: string, file: 'input.md' | 'output.md') => new URL(`./fixtures/${name}/${file}`, import.meta.url);
const fixture = (name: string, file: 'input.md' | 'output.md') => readFileSync(fixtureUrl(name, file), 'utf8');

const run = (markdown: string) => String(unified().use(remarkParse).use(remarkDropReadAlso).use(remarkStringify).processSync(markdown));

describe('remarkDropReadAlso (fixtures)', () => {
  it('finds the cases, the MEMBACA insert among them', () => {
    expect(cases).toContain('membaca');
  });

  it.each(cases)('%s', (name) => {
    const output = run(fixture(name, 'input.md'));
    if (process.env['UPDATE'] === '1') writeFileSync(fixtureUrl(name, 'output.md'), output);
    expect(output).toBe(fixture(name, 'output.md'));
  });

  it('drops the insert in MDX too, where the story is parsed with remark-mdx', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDropReadAlso).use(remarkStringify);
    expect(String(processor.processSync(fixture('membaca', 'input.md')))).toBe(fixture('membaca', 'output.md'));
  });
});

describe('isReadAlso', () => {
  it.each([
    ['MEMBACA  Judul: "Kutipan" (Visual: …)', true],
    ['  MEMBACA\tJudul', true],
    ['MEMBACA\u00a0 Judul (spasi tak-putus dari situs berita)', true],
    ['MEMBACA', true],
    ['Membaca: Judul lain', true],
    ['BACA JUGA: Judul', true],
    ['Baca juga: Judul', true],
    ['Baca Juga : Judul', true],
    ['baca  juga Judul', true],
    ['Ia gemar membaca buku.', false],
    ['Membaca laporan itu, kami menghitung ulang.', false],
    ['MEMBACAKAN memo', false],
    ['Bacaan juga penting.', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(isReadAlso(text)).toBe(expected);
  });
});
