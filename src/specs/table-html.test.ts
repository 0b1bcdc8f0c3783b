import { describe, expect, it } from 'vitest';
import { tableHtml } from './table-html.ts';

describe('tableHtml', () => {
  it('writes a header row and one row per entry, the first cell a row header, text columns marked', () => {
    expect(tableHtml({ head: ['Nama', 'Asal', 'Jumlah'], rows: [['Alexandr Wang', 'Scale AI', 1], ['Jack Rae', 'Google', 2]] })).toBe(
      '<thead><tr><th scope="col">Nama</th><th scope="col" class="cell-text">Asal</th><th scope="col">Jumlah</th></tr></thead>' +
        '<tbody><tr><th scope="row">Alexandr Wang</th><td class="cell-text">Scale AI</td><td>1</td></tr>' +
        '<tr><th scope="row">Jack Rae</th><td class="cell-text">Google</td><td>2</td></tr></tbody>',
    );
  });

  it('escapes what would be markup, as Astro escapes text', () => {
    const html = tableHtml({ head: ['A & B', '<x>'], rows: [[`O'Brien "Jr"`, '<script>alert(1)</script>']] });
    expect(html).toContain('<th scope="col">A &amp; B</th>');
    expect(html).toContain('<th scope="row">O&#39;Brien &quot;Jr&quot;</th>');
    expect(html).toContain('<td class="cell-text">&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html).not.toContain('<script>');
  });

  it('writes an empty body for a view with no rows', () => {
    expect(tableHtml({ head: ['Nama'], rows: [] })).toBe('<thead><tr><th scope="col">Nama</th></tr></thead><tbody></tbody>');
  });
});
