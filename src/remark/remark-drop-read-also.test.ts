import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { isReadAlso, remarkDropReadAlso } from './remark-drop-read-also.ts';

const fixture = (name: string, file: 'input.md' | 'output.md') =>
  readFileSync(new URL(`./fixtures/${name}/${file}`, import.meta.url), 'utf8');

const run = (markdown: string) => String(unified().use(remarkParse).use(remarkDropReadAlso).use(remarkStringify).processSync(markdown));

describe('remarkDropReadAlso (fixtures)', () => {
  it.each([
    ['membaca', 'drops the MEMBACA insert pasted from wire copy'],
    ['baca-juga-upper', 'drops BACA JUGA inserts, bold or plain'],
    ['baca-juga-lower', 'drops "Baca juga:" inserts in any case and spacing'],
    ['keeps-membaca-mid-sentence', 'keeps paragraphs that use membaca or baca juga mid-sentence'],
    ['keeps-membaca-verb-at-start', 'keeps sentences that open with the verb Membaca'],
    ['keeps-normal-text', 'keeps headings, quotes, lists and typographic quotes untouched'],
  ])('%s: %s', (name) => {
    expect(run(fixture(name, 'input.md'))).toBe(fixture(name, 'output.md'));
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
