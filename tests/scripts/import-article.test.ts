/**
 * `npm run import-article -- <file.txt> [--slug s]` in a copy of the project:
 * the draft it writes (exact frontmatter, every paragraph, no read-also
 * insert, MDX-safe text), the mistakes it refuses, and publishing by renaming.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Nodes } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { storySchema } from '../../src/schemas/story.ts';
import { build, copyProject, localToday, root, script, splitStory } from './project.ts';

const article = join(root, 'tests/scripts/fixtures/wire-article-id.txt');
const articleDraft = 'content/stories/_meta-rekrut-ilmuwan-openai-untuk-memimpin-lab-kecerdasan.mdx';

let dir: string;
let remove: () => void;
const inputs = mkdtempSync(join(tmpdir(), 'msl-wire-'));
beforeAll(() => ({ dir, remove } = copyProject()));
afterAll(() => {
  remove();
  rmSync(inputs, { recursive: true, force: true });
});

function wireFile(name: string, text: string): string {
  const path = join(inputs, name);
  writeFileSync(path, text);
  return path;
}

const textOf = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map((c) => textOf(c)).join('') : '');

/** The story body as MDX readers (and Astro) see it: top-level node types, and each paragraph's text. */
/** The body's top-level node types, and the paragraphs of the wire copy, which must sit inside <WireCopy>. */
function readBody(body: string) {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
  const wire = tree.children.find((n) => n.type === 'mdxJsxFlowElement' && n.name === 'WireCopy');
  const inside = wire && 'children' in wire ? wire.children : [];
  return { types: [...tree.children.filter((n) => n !== wire).map((n) => n.type), ...inside.map((n) => n.type)], paragraphs: inside.filter((n) => n.type === 'paragraph').map(textOf) };
}

const placeholders = {
  dek: 'EDIT ME: one or two sentences under the headline',
  byline: ['Meja Data'],
  lang: 'id',
  basedOn: {
    publisher: 'EDIT ME: publisher of the original, e.g. WIRED',
    title: 'EDIT ME: headline of the original, in its own language',
    dateNote: 'EDIT ME: its publication date in words, e.g. 24 September 2025',
    url: null,
  },
  description: 'EDIT ME: summary for search results and link previews, at most 160 characters',
};

describe('npm run import-article', () => {
  it('turns the wire article into a draft: headline as title, every paragraph kept, the MEMBACA insert gone', async () => {
    const { code, stdout, stderr } = await script(dir, 'import-article', [article]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`Created the draft ${articleDraft}`);
    expect(stdout).toContain('7 paragraphs kept; 1 read-also insert dropped');
    expect(stdout).toContain(`mv ${articleDraft} content/stories/meta-rekrut-ilmuwan-openai-untuk-memimpin-lab-kecerdasan.mdx`);

    const text = readFileSync(join(dir, articleDraft), 'utf8');
    const { frontmatter, body } = splitStory(text);
    const data = parse(frontmatter, { version: '1.1' }) as unknown;
    expect(data).toEqual({ title: 'Meta Rekrut Ilmuwan OpenAI untuk Memimpin Lab Kecerdasan Buatan', published: localToday(), ...placeholders });
    expect(storySchema.safeParse(data).success).toBe(true);

    // Expected paragraphs, worked out from the fixture without the script's code.
    const source = readFileSync(article, 'utf8').split(/\n\s*\n/).map((p) => p.trim());
    const expected = source.slice(1).filter((p) => !p.startsWith('MEMBACA'));
    expect(expected).toHaveLength(7);
    expect(text).not.toMatch(/MEMBACA|Ashanty/);
    const { types, paragraphs } = readBody(body);
    expect(types).toEqual(['mdxFlowExpression', ...expected.map(() => 'paragraph')]);
    expect(paragraphs).toEqual(expected);
  });

  it('escapes what MDX or Markdown would read as syntax, and joins hard-wrapped lines', async () => {
    const lines = [
      'Judul: "harga" {naik} #1',
      '',
      'Baris pertama paragraf',
      'yang dipotong di tengah.',
      '  ',
      'BACA JUGA: Berita lain',
      '',
      'Harga {naik} 5% } dan a < b, <b>tebal</b> ~kira-kira~ *bintang* _garis_ `kode` [kurung](x) & &amp; \\',
      '',
      '# bukan judul',
      '',
      '1. bukan daftar',
      '',
      'import dan ekspor naik 3%.',
      '',
      'export juga.',
      '',
      'Baca juga: Yang lain',
      '',
      'MEMBACA  Sisipan',
    ];
    const { code, stdout, stderr } = await script(dir, 'import-article', [wireFile('tricky.txt', lines.join('\r\n'))]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('6 paragraphs kept; 3 read-also inserts dropped');
    const { frontmatter, body } = splitStory(readFileSync(join(dir, 'content/stories/_judul-harga-naik-1.mdx'), 'utf8'));
    expect(parse(frontmatter, { version: '1.1' })).toEqual({ title: 'Judul: "harga" {naik} #1', published: localToday(), ...placeholders });
    expect(readBody(body).paragraphs).toEqual([
      'Baris pertama paragraf yang dipotong di tengah.',
      'Harga {naik} 5% } dan a < b, <b>tebal</b> ~kira-kira~ *bintang* _garis_ `kode` [kurung](x) & &amp; \\',
      '# bukan judul',
      '1. bukan daftar',
      'import dan ekspor naik 3%.',
      'export juga.',
    ]);
    expect(body).toContain('Harga \\{naik} 5% } dan a \\< b, \\<b>tebal\\</b> \\~kira-kira\\~');
  });

  it('takes the slug from --slug', async () => {
    const { code } = await script(dir, 'import-article', [article, '--slug', 'wired-yang-song']);
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'content/stories/_wired-yang-song.mdx'))).toBe(true);
  });

  it.each([
    ['a missing file', () => [join(inputs, 'tidak-ada.txt')], `Error: cannot read ${join(inputs, 'tidak-ada.txt')}: is the path right?\nUsage: npm run import-article -- <file.txt> [--slug <slug>]\n`],
    ['an empty file', () => [wireFile('kosong.txt', '\n \n')], 'Error: the file is empty: wire copy starts with the headline on the first line.\n'],
    ['a headline alone', () => [wireFile('judul.txt', 'Hanya judul\n\n')], 'Error: the file has a headline but no paragraphs. Put the text under it, paragraphs separated by a blank line.\n'],
    ['nothing but inserts', () => [wireFile('sisipan.txt', 'Judul sisipan\n\nBACA JUGA: x\n')], 'Error: every paragraph is a read-also insert ("MEMBACA", "BACA JUGA"): nothing left to import.\n'],
    ['a bad --slug', () => [article, '--slug', 'Yang Song'], 'Error: "Yang Song" is not a valid slug: it must be kebab-case (a-z, 0-9 and single hyphens), e.g. "yang-song". Try "yang-song".\n'],
    ['an existing draft', () => [article, '--slug', 'wired-yang-song'], 'Error: content/stories/_wired-yang-song.mdx already exists (a draft with this slug). Edit that file, or pick another slug.\n'],
    ['an existing story', () => [article, '--slug', 'meta-rekrut-yang-song'], 'Error: content/stories/meta-rekrut-yang-song.mdx already exists (a story with this slug). Edit that file, or pick another slug.\n'],
    ['a headline with HTML', () => [wireFile('html.txt', 'Meta <em>merekrut</em>\n\nTeks.\n')], 'Error: The frontmatter would not pass src/schemas/story.ts:\n  - title: title must be plain text, without HTML tags: remove "<em>"\n'],
    ['a mistyped option', () => [article, '--slg', 'x'], /^Error: Unknown option '--slg'.*\n[\s\S]*Usage: npm run import-article -- <file.txt> \[--slug <slug>\]\n$/],
    ['no file', () => [], 'Error: give one text file.\nUsage: npm run import-article -- <file.txt> [--slug <slug>]\n'],
  ])('refuses %s with a message', async (_, args, message) => {
    const before = readdirSync(join(dir, 'content/stories')).sort();
    const { code, stdout, stderr } = await script(dir, 'import-article', args());
    expect(code).toBe(1);
    expect(stdout).toBe('');
    if (typeof message === 'string') expect(stderr).toBe(message);
    else expect(stderr).toMatch(message);
    expect(readdirSync(join(dir, 'content/stories')).sort()).toEqual(before);
  });

  it('leaves drafts out of the build, and publishes one renamed without its underscore', async () => {
    const { dir: copy, remove: removeCopy } = copyProject();
    try {
      expect((await script(copy, 'import-article', [article, '--slug', 'wired-yang-song'])).code).toBe(0);
      const draftBuild = await build(copy);
      expect(draftBuild.code, draftBuild.stdout + draftBuild.stderr).toBe(0);
      expect(existsSync(join(copy, 'dist/wired-yang-song'))).toBe(false);

      // Publishing: the placeholders written (the build refuses them), then the file renamed.
      const draft = join(copy, 'content/stories/_wired-yang-song.mdx');
      writeFileSync(draft, readFileSync(draft, 'utf8').replace(/EDIT ME: ?/g, ''));
      renameSync(draft, join(copy, 'content/stories/wired-yang-song.mdx'));
      const { code, stdout, stderr } = await build(copy);
      expect(code, stdout + stderr).toBe(0);
      const html = readFileSync(join(copy, 'dist/wired-yang-song/index.html'), 'utf8');
      expect(html).toContain('<h1>Meta Rekrut Ilmuwan OpenAI untuk Memimpin Lab Kecerdasan Buatan</h1>');
      expect(html).toContain('lab penelitian AI dasar perusahaan yang telah lama berdiri.');
      expect(html).not.toMatch(/MEMBACA|Ashanty/);
    } finally {
      removeCopy();
    }
  }, 300_000);
});
