import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Heading, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkTypography, type WithHProperties } from './remark-typography.ts';

/** Every folder src/remark/fixtures/typography-<case>/ is a case: input.md and, after the plugin, output.md (UPDATE=1 rewrites it). */
const cases = readdirSync(new URL('./fixtures/', import.meta.url)).filter((d) => d.startsWith('typography-')).map((d) => d.slice('typography-'.length));
const fixtureUrl = (name: string, file: 'input.md' | 'output.md') => new URL(`./fixtures/typography-${name}/${file}`, import.meta.url);
const fixture = (name: string, file: 'input.md' | 'output.md') => readFileSync(fixtureUrl(name, file), 'utf8');

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkTypography).use(remarkStringify);
const run = (markdown: string) => String(processor.processSync(markdown));
/** The first block's text after the plugin, no-break spaces shown as ⍽. */
const text = (markdown: string) => run(markdown).trimEnd().replaceAll('\u00a0', '⍽');

describe('remarkTypography (fixtures)', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('typography-%s', (name) => {
    const output = run(fixture(name, 'input.md'));
    if (process.env['UPDATE'] === '1') writeFileSync(fixtureUrl(name, 'output.md'), output);
    expect(output).toBe(fixture(name, 'output.md'));
  });

  it('changes nothing the second time (no double conversion)', () => {
    for (const name of cases) {
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
