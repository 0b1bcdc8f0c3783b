import { create } from 'fontkitten';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALWAYS, FACES, buildSiteFonts, cmap, siteCharacters, unicodeRange, type Manifest } from './site-fonts.ts';

const tmp = mkdtempSync(join(tmpdir(), 'site-fonts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What every page may download: one file per family (KB = 1024 B). */
const FONT_BUDGET = 48 * 1024;

describe('siteCharacters', () => {
  it('reads every file under a folder and single files, plus ASCII, the Latin-1 letters and typographic punctuation', () => {
    const root = join(tmp, 'chars');
    mkdirSync(join(root, 'content/stories/en'), { recursive: true });
    writeFileSync(join(root, 'content/stories/en/a.mdx'), 'Łukasz Kaiser\n');
    writeFileSync(join(root, 'content/stories/b.png'), 'ignored ж');
    writeFileSync(join(root, 'ui.ts'), "'Ctrl+C atau ⌘C'");
    const chars = siteCharacters(root, ['content/stories', 'ui.ts']);
    expect(chars).toContain('Ł');
    expect(chars).toContain('⌘');
    expect(chars).not.toContain('ж');
    expect(chars).not.toContain('\n');
    for (const c of 'AZaz09 ÀÉéñöÿ–—‘’“”…\u00a0') expect(chars).toContain(c);
    expect(chars).not.toContain('×'.repeat(2));
  });

  it('names a text source that does not exist', () => {
    expect(() => siteCharacters(tmp, ['content/nothing'])).toThrow('site-fonts: content/nothing does not exist (src/integrations/site-fonts.ts, TEXT_SOURCES).');
  });
});

describe('unicodeRange', () => {
  it.each([
    ['', ''],
    ['a', 'U+0061'],
    ['abc', 'U+0061-0063'],
    ['cabx', 'U+0061-0063, U+0078'],
    ['Łł⌘', 'U+0141-0142, U+2318'],
  ])('%j -> %j', (chars, range) => expect(unicodeRange(chars)).toBe(range));
});

describe('buildSiteFonts on the site text', async () => {
  const text = siteCharacters(process.cwd());
  const a = await buildSiteFonts({ text, outDir: join(tmp, 'a') });
  const b = await buildSiteFonts({ text, outDir: join(tmp, 'b') });

  it('makes one file per family, within the budget of every page together', () => {
    expect(a.files.map((f) => f.file)).toEqual(['source-serif-4-latin.woff2', 'ibm-plex-sans-latin.woff2']);
    const total = a.files.reduce((n, f) => n + f.bytes, 0);
    expect(total, `fonts: ${a.files.map((f) => `${f.file} ${f.bytes} B`).join(', ')}`).toBeLessThanOrEqual(FONT_BUDGET);
  });

  it('writes the same bytes every time', () => {
    for (const f of a.files) expect(readFileSync(join(tmp, 'b', f.file)).equals(readFileSync(join(tmp, 'a', f.file))), f.file).toBe(true);
    expect(readFileSync(join(tmp, 'b', 'fonts.css'), 'utf8')).toBe(readFileSync(join(tmp, 'a', 'fonts.css'), 'utf8'));
    expect(b.key).toBe(a.key);
  });

  it('does not write again for the same inputs', async () => {
    expect(a.fresh).toBe(true);
    expect((await buildSiteFonts({ text, outDir: join(tmp, 'a') })).fresh).toBe(false);
  });

  it.each(FACES.map((face) => [face.family, face] as const))('%s: draws every character of the site text it has, and only the weights used', (_, face) => {
    const file = a.files.find((f) => f.family === face.family && f.subset === 'latin')!;
    const font = create(readFileSync(join(tmp, 'a', file.file))) as ReturnType<typeof create> & { variationAxes: Record<string, { min: number; max: number; default: number }> };
    const has = cmap(readFileSync(join(tmp, 'a', file.file)));
    const lacking = [...text].filter((c) => !/\s/u.test(c) && !has.has(c.codePointAt(0)!) && !(a.missing[face.family] ?? '').includes(c));
    expect(lacking).toEqual([]);
    for (const c of ALWAYS.replace(/\s/gu, '')) expect(has.has(c.codePointAt(0)!), `${face.family} lacks ${c}`).toBe(true);
    expect(font.variationAxes['wght']).toEqual({ name: 'Weight', min: face.weight.min, max: face.weight.max, default: face.weight.min });
  });

  it('reports what neither source file has (drawn in a system font)', () => {
    expect(a.missing).toEqual({ 'Source Serif 4': '→≤⌘', 'IBM Plex Sans': '→≤⌘' });
  });

  it('writes @font-face rules with swap and metric-matched fallbacks', () => {
    const css = readFileSync(join(tmp, 'a', 'fonts.css'), 'utf8');
    expect(css).toContain("font-family: 'IBM Plex Sans';\n  font-style: normal;\n  font-weight: 400 600;\n  font-display: swap;\n  src: url('./ibm-plex-sans-latin.woff2') format('woff2');\n}");
    // Capsize's overrides for Arial under IBM Plex Sans (unitsPerEm 1000, ascent 1025, descent -275, xWidthAvg 451).
    expect(css).toMatch(/font-family: 'IBM Plex Sans Fallback';\n {2}src: local\('Arial'\), local\('ArialMT'\), local\('Liberation Sans'\), local\('Arimo'\);\n {2}ascent-override: 101\.\d+%;\n {2}descent-override: 27\.\d+%;\n {2}line-gap-override: 0%;\n {2}size-adjust: 101\.\d+%;\n\}/);
    expect(css).toContain("font-family: 'Source Serif 4 Fallback';\n  src: local('Georgia');");
  });
});

describe('buildSiteFonts beyond Latin-1', async () => {
  const m: Manifest = await buildSiteFonts({ text: 'Łukasz Kaiser, Ctrl+C ⌘C', outDir: join(tmp, 'ext'), faces: FACES.slice(1) });

  it('puts a latin-ext letter in a second file with its unicode-range, downloaded only where it is printed', () => {
    expect(m.files.map((f) => [f.file, f.chars])).toEqual([
      ['ibm-plex-sans-latin.woff2', ' +,CKaeiklrstuz'],
      ['ibm-plex-sans-latin-ext.woff2', 'Ł'],
    ]);
    const css = readFileSync(join(tmp, 'ext', 'fonts.css'), 'utf8');
    expect(css).toContain("src: url('./ibm-plex-sans-latin-ext.woff2') format('woff2');\n  unicode-range: U+0141;\n}");
    expect(m.missing).toEqual({ 'IBM Plex Sans': '⌘' });
  });
});
