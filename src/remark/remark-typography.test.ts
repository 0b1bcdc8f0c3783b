import { readFileSync } from 'node:fs';
import type { Heading, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkTypography, type WithHProperties } from './remark-typography.ts';

const fixture = (name: string, file: 'input.md' | 'output.md') =>
  readFileSync(new URL(`./fixtures/typography-${name}/${file}`, import.meta.url), 'utf8');

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkTypography).use(remarkStringify);
const run = (markdown: string) => String(processor.processSync(markdown));
/** The first block's text after the plugin, no-break spaces shown as ⍽. */
const text = (markdown: string) => run(markdown).trimEnd().replaceAll('\u00a0', '⍽');

describe('remarkTypography (fixtures)', () => {
  it.each([
    ['quotes', 'curls double and single quotes, pairing them across bold text, links and <Num />'],
    ['dashes-ellipses', 'makes an en dash of -- between numbers only, and … of three dots'],
    ['leaves-code-and-urls', 'leaves inline code, code blocks, addresses in text and autolink text alone'],
    ['leaves-jsx', 'changes the text inside components but not their attributes or {expressions}, nor <kbd>'],
    ['headings', 'joins the last two words of every heading with a no-break space'],
    ['already-curly', 'leaves curly quotes and real dashes as they are'],
  ])('%s: %s', (name) => {
    expect(run(fixture(name, 'input.md'))).toBe(fixture(name, 'output.md'));
  });

  it('changes nothing the second time (no double conversion)', () => {
    for (const name of ['quotes', 'dashes-ellipses', 'leaves-code-and-urls', 'leaves-jsx', 'headings', 'already-curly']) {
      const once = fixture(name, 'output.md');
      expect(run(once)).toBe(once);
    }
  });
});

describe('remarkTypography (cases)', () => {
  it.each([
    ['"kata"', '“kata”'],
    ["'kata'", '‘kata’'],
    ["Jum'at", 'Jum’at'],
    ["'kan", '’kan'],
    ["tahun '25", 'tahun ’25'],
    ["'kan dia bilang 'ya'", '’kan dia bilang ‘ya’'],
    ['("kata")', '(“kata”)'],
    ['"Tapi—"', '“Tapi—”'],
    ['dan/"atau"', 'dan/“atau”'],
    ['kata " kata', 'kata " kata'],
    ['"', '"'],
    ['', ''],
    ['2020--2025', '2020–2025'],
    ['Juni--Juli', 'Juni--Juli'],
    ['10 -- 12', '10 -- 12'],
    ['1---2', '1---2'],
    ['tunggu...', 'tunggu…'],
    ['tunggu. . .', 'tunggu. . .'],
    ["'https://example.org/it's--ok'", '‘https://example.org/it\'s--ok’'],
    ["'redaksi@example.org'...", '‘redaksi@example.org’…'],
  ])('%j -> %j', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each([
    ['# Satu', '# Satu'],
    ['## Dua kata', '## Dua⍽kata'],
    ['## Tiga kata di sini', '## Tiga kata di⍽sini'],
    ['## Akhir `kode di akhir`', '## Akhir⍽`kode di akhir`'],
    ['## Kata [tautan akhir](x)', '## Kata [tautan⍽akhir](x)'],
    ['## Kata *miring*', '## Kata⍽*miring*'],
  ])('heading %j -> %j', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it('gives every heading the id it had before the no-break space, duplicates numbered', () => {
    const tree = processor.runSync(processor.parse('# Judul\n\n## Dari mana mereka datang\n\n## Catatan\n\n## Catatan\n\n## "Kutipan" dan `kode`\n')) as Root;
    const ids = tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => (h.data as WithHProperties | undefined)?.hProperties?.['id']);
    expect(ids).toEqual(['judul', 'dari-mana-mereka-datang', 'catatan', 'catatan-1', 'kutipan-dan-kode']);
  });

  it('keeps an id set by an earlier plugin', () => {
    const tree = processor.parse('## Dua kata\n') as Root;
    const heading = tree.children[0] as Heading;
    heading.data = { hProperties: { id: 'tetap' } };
    processor.runSync(tree);
    expect((heading.data as WithHProperties).hProperties?.['id']).toBe('tetap');
  });
});
