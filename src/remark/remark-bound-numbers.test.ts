import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkBoundNumbers } from './remark-bound-numbers.ts';
import { fixtureDataset } from '../domain/fixtures/dataset.ts';

const data = fixtureDataset();

function run(mdx: string, path = 'content/stories/contoh.mdx'): string | null {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkBoundNumbers, { dataset: () => data });
  const file = new VFile({ path, value: mdx });
  try {
    processor.runSync(processor.parse(file), file);
    return null;
  } catch (e) {
    const err = e as { reason: string; file?: string };
    expect(err.file).toBe(path);
    return err.reason;
  }
}

describe('remarkBoundNumbers', () => {
  it.each([
    ['a figure', 'Dari <Num of="wave.hires" /> rekrutan.'],
    ['a date', 'Memo terbit pada <When of="event:2025-06-30-msl-memo" />.'],
    ['a cited fact', 'Nilainya <Cite src="src-a">US$14,3 miliar untuk 49 persen</Cite>.'],
    ['wire copy', '<WireCopy>\nSetidaknya 11 peneliti pada 2025.\n</WireCopy>'],
    ['a quotation', 'WIRED menulis “setidaknya 11” dan "lebih dari 50".'],
    ['a block quote', '> Pada 30 Juni 2025 ada 11 nama.'],
    ['names with digits', 'Model GPT-4, GPT-4o dan o3.'],
    ['a mark label printing its own mark date', '<Scrolly chart="x" title="Judul">\n<Step mark="2025-06-12" markLabel="12 Juni: kesepakatan">a</Step>\n</Scrolly>'],
    ['a comment', '{/* 15 orang, 2025 */}\nTeks.'],
  ])('accepts %s', (_, mdx) => {
    expect(run(mdx)).toBeNull();
  });

  it('names the line, the number and the figure that has its value', () => {
    const reason = run('Judul\n\nData kami memuat 5 orang.\n');
    expect(reason).toMatch(/line 3: "5" is typed by hand: did you mean .*<Num of="people" \/>/);
  });

  it('suggests the date component for a day written by hand', () => {
    expect(run('Memo pada 30 Juni 2025.')).toContain('"30 Juni 2025" is typed by hand: did you mean <When of="event:2025-06-30-msl-memo" />?');
    expect(run('Memo pada 30 Juni.')).toContain('did you mean <When of="event:2025-06-30-msl-memo" year={false} />?');
  });

  it('lists every unbound number at once, in reader-visible attributes too', () => {
    const reason = run('<Scrolly chart="x" title="Rekrutan 2025" caption="Per pekan">\n<Step mark="2025-06-12" markLabel="13 Juni: lain">Ada 99 orang.</Step>\n</Scrolly>\n');
    expect(reason).toMatch(/^3 numbers in the prose are not bound to the data:/);
    expect(reason).toContain('line 1: "2025" is typed by hand: a year');
    expect(reason).toContain('line 2: "13 Juni" is typed by hand');
    expect(reason).toContain('line 2: "99" is typed by hand: no figure has this value');
  });

  it('checks stories only', () => {
    expect(run('Ada 7 orang.', 'content/pages/metode.mdx')).toBeNull();
  });
});
