/**
 * `npm run import-article -- <file.txt> [--slug s]` in a copy of the project:
 * the draft it writes from a text file or a Word document (exact frontmatter,
 * every paragraph, no read-also insert, MDX-safe text, http(s) links only), the mistakes it refuses, and publishing by renaming.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { Nodes } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { storySchema } from '../../src/domain/schemas/story.ts';
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

/*
 * A Word document as Word and Google Docs save it, made with the docx package: a Title, Heading 1 and 2,
 * bold, italics, links of every kind, Word's Quote style, a list, a picture, a table and read-also inserts.
 */
async function wordFile(name: string): Promise<string> {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  const link = (url: string, text: string) => new ExternalHyperlink({ link: url, children: [new TextRun({ text, style: 'Hyperlink' })] });
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Meta Rekrut {Peneliti} OpenAI', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Gelombang pertama', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Meta merekrut peneliti '),
              new TextRun({ text: 'senior', italics: true }),
              new TextRun(' dari '),
              new TextRun({ text: 'OpenAI', bold: true }),
              new TextRun(', menurut '),
              link('https://www.wired.com/story/x/', 'WIRED'),
              new TextRun(' dan '),
              link('http://example.org/a?b=1&c=2', 'arsip'),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: 'BACA JUGA:', bold: true }), new TextRun(' '), link('https://example.com/lain', 'Berita lain')] }),
          new Paragraph({ text: '“Kami membangun tim kecil,” katanya.', style: 'Quote' }),
          new Paragraph({
            children: [new TextRun('Tautan '), link('javascript:alert(1)', 'jahat'), new TextRun(', '), link('mailto:meja@example.com', 'surel'), new TextRun(' dan '), link('ftp://example.com/f', 'berkas'), new TextRun(' tidak ikut.')],
          }),
          new Paragraph({ text: 'Siapa pergi', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'MEMBACA  Sisipan lain', style: 'Normal' }),
          new Paragraph({ text: 'Gaji < 100 juta', bullet: { level: 0 } }),
          new Paragraph({ text: 'Baca juga: yang lain' }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 }, altText: { name: 'foto', description: 'Foto kantor', title: 'foto' } })] }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('isi tabel')] })] })] }),
          new Paragraph({ children: [new TextRun('Penutup '), new TextRun({ text: 'dicoret', strike: true }), new TextRun('.')] }),
        ],
      },
    ],
  });
  const path = join(inputs, name);
  writeFileSync(path, await Packer.toBuffer(doc));
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

  it('imports a Word document: headings, emphasis, http(s) links, quotes and lists kept, inserts dropped, the rest listed', async () => {
    const { code, stdout, stderr } = await script(dir, 'import-article', [await wordFile('artikel.docx')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const draft = 'content/stories/_meta-rekrut-peneliti-openai.mdx';
    expect(stdout).toBe(`Created the draft ${draft}
  title: Meta Rekrut {Peneliti} OpenAI
  2 headings, 3 paragraphs, 1 block quote and 1 list kept; 3 read-also inserts dropped
    - BACA JUGA: Berita lain
    - MEMBACA Sisipan lain
    - Baca juga: yang lain
  6 changes to check:
    - link on "jahat" removed (kept as text): "javascript:alert(1)" is not an http(s) address
    - link on "surel" removed (kept as text): "mailto:meja@example.com" is not an http(s) address
    - link on "berkas" removed (kept as text): "ftp://example.com/f" is not an http(s) address
    - a picture left out ("Foto kantor"): a story shows charts through its components, not pasted pictures or tables
    - a table left out ("isi tabel"): a story shows charts through its components, not pasted pictures or tables
    - strikethrough removed from "dicoret" (the words are kept)

Drafts are not built. To publish:
  1. Replace every "EDIT ME:" in the frontmatter: grep -n "EDIT ME:" ${draft}
  2. Rename it without the underscore:
       mv ${draft} content/stories/meta-rekrut-peneliti-openai.mdx
  3. npm run dev, then open http://localhost:4321/meta-rekrut-peneliti-openai/
`);
    const { frontmatter, body } = splitStory(readFileSync(join(dir, draft), 'utf8'));
    expect(parse(frontmatter, { version: '1.1' })).toEqual({ title: 'Meta Rekrut {Peneliti} OpenAI', published: localToday(), ...placeholders });
    expect(body).toBe(`
{/* Wire copy imported from artikel.docx on ${localToday()} with \`npm run import-article\`. Headline: the title above. */}

<WireCopy>
  ## Gelombang pertama

  Meta merekrut peneliti *senior* dari **OpenAI**, menurut [WIRED](https://www.wired.com/story/x/) dan [arsip](http://example.org/a?b=1\\&c=2).

  > “Kami membangun tim kecil,” katanya.

  Tautan jahat, surel dan berkas tidak ikut.

  ### Siapa pergi

  * Gaji \\< 100 juta

  Penutup dicoret.
</WireCopy>
`);
    // Every link left is an http(s) address, read back from the MDX as the site reads it.
    const links: string[] = [];
    const walk = (n: Nodes) => {
      if (n.type === 'link') links.push(n.url);
      if ('children' in n) n.children.forEach((c) => walk(c as Nodes));
    };
    walk(unified().use(remarkParse).use(remarkMdx).parse(body));
    expect(links).toEqual(['https://www.wired.com/story/x/', 'http://example.org/a?b=1&c=2']);
  });

  it('takes the slug from --slug', async () => {
    const { code } = await script(dir, 'import-article', [article, '--slug', 'wired-yang-song']);
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'content/stories/_wired-yang-song.mdx'))).toBe(true);
  });

  it.each([
    ['a missing file', () => [join(inputs, 'tidak-ada.txt')], `Error: cannot read ${join(inputs, 'tidak-ada.txt')}: is the path right?\nUsage: npm run import-article -- <file.txt|file.docx> [--slug <slug>]\n`],
    ['an empty file', () => [wireFile('kosong.txt', '\n \n')], 'Error: the file is empty: wire copy starts with the headline on the first line.\n'],
    ['a headline alone', () => [wireFile('judul.txt', 'Hanya judul\n\n')], 'Error: the file has a headline but no paragraphs. Put the text under it, paragraphs separated by a blank line.\n'],
    ['nothing but inserts', () => [wireFile('sisipan.txt', 'Judul sisipan\n\nBACA JUGA: x\n')], 'Error: every paragraph is a read-also insert ("MEMBACA", "BACA JUGA"): nothing left to import.\n'],
    ['a bad --slug', () => [article, '--slug', 'Yang Song'], 'Error: "Yang Song" is not a valid slug: it must be kebab-case (a-z, 0-9 and single hyphens), e.g. "yang-song". Try "yang-song".\n'],
    ['an existing draft', () => [article, '--slug', 'wired-yang-song'], 'Error: content/stories/_wired-yang-song.mdx already exists (a draft with this slug). Edit that file, or pick another slug.\n'],
    ['an existing story', () => [article, '--slug', 'meta-rekrut-yang-song'], 'Error: content/stories/meta-rekrut-yang-song.mdx already exists (a story with this slug). Edit that file, or pick another slug.\n'],
    ['a headline with HTML', () => [wireFile('html.txt', 'Meta <em>merekrut</em>\n\nTeks.\n')], 'Error: The frontmatter would not pass src/domain/schemas/story.ts:\n  - title: title must be plain text, without HTML tags: remove "<em>"\n'],
    ['a mistyped option', () => [article, '--slg', 'x'], /^Error: Unknown option '--slg'.*\n[\s\S]*Usage: npm run import-article -- <file.txt\|file.docx> \[--slug <slug>\]\n$/],
    ['an old .doc file', () => [wireFile('lama.doc', 'x')], 'Error: lama.doc is an old Word document: save it as a Word document (.docx) and import that. In Word: File > Save As > Word Document (.docx); in Google Docs: File > Download > Microsoft Word (.docx).\n'],
    ['a .docx that is not one', () => [wireFile('rusak.docx', 'bukan zip')], 'Error: this is not a Word document (.docx) that can be read. Save it again as .docx: in Word, File > Save As > Word Document; in Google Docs, File > Download > Microsoft Word (.docx).\n'],
    ['no file', () => [], 'Error: give one text file or Word document.\nUsage: npm run import-article -- <file.txt|file.docx> [--slug <slug>]\n'],
  ])('refuses %s with a message', async (_, args, message) => {
    const before = readdirSync(join(dir, 'content/stories')).sort();
    const { code, stdout, stderr } = await script(dir, 'import-article', args());
    expect(code).toBe(1);
    expect(stdout).toBe('');
    if (typeof message === 'string') expect(stderr).toBe(message);
    else expect(stderr).toMatch(message);
    expect(readdirSync(join(dir, 'content/stories')).sort()).toEqual(before);
  });

  it('leaves drafts out of the build, and publishes one renamed without its underscore, from text and from Word', async () => {
    const { dir: copy, remove: removeCopy } = copyProject();
    try {
      // Imported three times: two drafts are then published, one stays a draft (placeholders and all) in the same build.
      expect((await script(copy, 'import-article', [article, '--slug', 'wired-yang-song'])).code).toBe(0);
      expect((await script(copy, 'import-article', [await wordFile('dari-word.docx'), '--slug', 'dari-word'])).code).toBe(0);
      expect((await script(copy, 'import-article', [article, '--slug', 'masih-draf'])).code).toBe(0);
      expect(readFileSync(join(copy, 'content/stories/_masih-draf.mdx'), 'utf8')).toContain('EDIT ME');

      // Publishing: the placeholders written (the build refuses them), then the file renamed.
      for (const slug of ['wired-yang-song', 'dari-word']) {
        const draft = join(copy, `content/stories/_${slug}.mdx`);
        writeFileSync(draft, readFileSync(draft, 'utf8').replace(/EDIT ME: ?/g, ''));
        renameSync(draft, join(copy, `content/stories/${slug}.mdx`));
      }
      const { code, stdout, stderr } = await build(copy);
      expect(code, stdout + stderr).toBe(0);
      expect(existsSync(join(copy, 'dist/masih-draf')), 'the draft left a page').toBe(false);
      expect(existsSync(join(copy, 'dist/_masih-draf'))).toBe(false);
      const html = readFileSync(join(copy, 'dist/wired-yang-song/index.html'), 'utf8');
      expect(html).toContain('<h1>Meta Rekrut Ilmuwan OpenAI untuk Memimpin Lab Kecerdasan Buatan</h1>');
      expect(html).toContain('lab penelitian AI dasar perusahaan yang telah lama berdiri.');
      expect(html).not.toMatch(/MEMBACA|Ashanty/);
      const word = readFileSync(join(copy, 'dist/dari-word/index.html'), 'utf8');
      // Typography keeps a heading's last two words together (a no-break space).
      expect(word).toMatch(/<h2[^>]*>Gelombang\u00a0pertama<\/h2>/);
      expect(word).toMatch(/<h3[^>]*>Siapa\u00a0pergi<\/h3>/);
      expect(word).toContain('<em>senior</em>');
      expect(word).toContain('<strong>OpenAI</strong>');
      expect(word).toMatch(/<blockquote>\s*<p>“Kami membangun tim kecil,” katanya.<\/p>\s*<\/blockquote>/);
      expect(word).toMatch(/<a href="https:\/\/www.wired.com\/story\/x\/"[^>]*>WIRED/);
      expect(word).toContain('<li>Gaji &#x3C; 100 juta</li>');
      expect(word).not.toMatch(/BACA JUGA|MEMBACA|Baca juga|javascript:|mailto:|ftp:/);
    } finally {
      removeCopy();
    }
  }, 600_000);
});
