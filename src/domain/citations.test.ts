import { describe, expect, it } from 'vitest';
import { citations } from './citations.ts';

const src = (id: string, publisher: string, original: string | null, date: string | null = null) => ({
  id,
  url: `https://x.org/${id}`,
  publisher,
  original,
  title: null,
  date,
  dateNote: null,
});

describe('citations', () => {
  const sources = [
    src('bi-1', 'Yahoo Finance', 'Business Insider', '2025-08-20'),
    src('bi-2', 'Inkl', 'Business Insider'),
    src('semafor', 'Semafor', null, '2025-07-01'),
    src('mint', 'Mint', 'WSJ', '2025-06-26'),
  ];
  it('names each original outlet once, with every page it was read on, in order of first citation', () => {
    const c = citations(['bi-1', 'semafor', 'bi-2', 'mint'], sources);
    expect(c.map((g) => [g.outlet, g.copies.map((s) => s.id)])).toEqual([
      ['Business Insider', ['bi-1', 'bi-2']],
      ['Semafor', ['semafor']],
      ['WSJ', ['mint']],
    ]);
  });
  it('cites a page twice listed once', () => {
    expect(citations(['mint', 'mint'], sources)).toEqual([{ outlet: 'WSJ', copies: [sources[3]] }]);
  });
  it('refuses an unknown source id, naming it', () => {
    expect(() => citations(['nope'], sources)).toThrow('unknown source "nope"');
  });
});
