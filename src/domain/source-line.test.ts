import { describe, expect, it } from 'vitest';
import { sourceLine } from './source-line.ts';

const src = (id: string, publisher: string, original: string | null) => ({ id, url: `https://x.org/${id}`, publisher, original, title: null, date: null, dateNote: null });

describe('sourceLine', () => {
  const sources = [src('a', 'Mint', 'WSJ'), src('b', 'Zawya', 'WSJ'), src('c', 'Semafor', null), src('d', 'PYMNTS', 'Bloomberg')];
  it('ranks original outlets by how many reports cite them, then by name', () => {
    expect(sourceLine(['a', 'b', 'c', 'd'], sources, 'id')).toBe('Sumber: 4 laporan, terutama WSJ, Bloomberg, Semafor.');
  });
  it('says how many outlets it left out', () => {
    expect(sourceLine(['a', 'b', 'c', 'd'], sources, 'en', 1)).toBe('Source: 4 reports, chiefly WSJ and 2 other outlets.');
  });
  it("writes counts over a thousand as the edition writes numbers (5.384 laporan, 5,384 reports)", () => {
    const many = Array.from({ length: 5384 }, (_, i) => src(`s${i}`, 'Mint', 'WSJ'));
    const ids = many.map((s) => s.id);
    expect(sourceLine(ids, many, 'id')).toBe('Sumber: 5.384 laporan, terutama WSJ.');
    expect(sourceLine(ids, many, 'en')).toBe('Source: 5,384 reports, chiefly WSJ.');
  });
});
