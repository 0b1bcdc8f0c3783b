/**
 * scripts/lib/check-dist.mjs, the check a finished build passes before
 * scripts/build.mjs publishes it as dist/, on small made-up builds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDist, isDraft, proseFragments } from '../../scripts/lib/check-dist.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'msl-check-dist-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const home = (base = '/') => `<html><head><link rel="canonical" href="http://localhost:4321${base}"></head><body>Beranda</body></html>`;
const sitemap = (...paths: string[]) => `<urlset>${paths.map((p) => `<url><loc>http://localhost:4321${p}</loc></url>`).join('')}</urlset>`;
const SECRET = 'Kalimat rahasia ini hanya ada di draf yang belum boleh terbit sama sekali.';
const draft = (extra = '') => `---\ntitle: Draf\n${extra}---\n\nimport X from '../x';\n\n${SECRET}\n`;

const site = { 'index.html': home(), '404.html': '<p>404</p>', 'a/index.html': '<p>A</p>', 'sitemap.xml': sitemap('/', '/a/') };

describe('checkDist', () => {
  it('passes a complete build', () => {
    expect(checkDist(tree(site), { project: tree({ 'content/stories/a.mdx': '---\ntitle: A\n---\nA\n' }) })).toEqual([]);
  });

  it('refuses a build that still holds .prerender/', () => {
    const problems = checkDist(tree({ ...site, '.prerender/chunks/a.mjs': 'x', '.prerender/b.mjs': 'y' }), { project: tree({}) });
    expect(problems).toEqual(['.prerender/ is still there (2 files of server code and compiled story text, e.g. .prerender/b.mjs).']);
  });

  it('refuses a build without its home page or 404 page', () => {
    expect(checkDist(tree({ 'a/index.html': 'x' }), { project: tree({}) })).toEqual(['index.html is missing.', '404.html is missing.']);
  });

  it('names the pages the sitemap lists but the build did not write, under a base too', () => {
    const built = tree({ 'index.html': home('/sub/'), '404.html': 'x', 'a/index.html': 'x', 'sitemap.xml': sitemap('/sub/', '/sub/a/', '/sub/b/', '/sub/c/') });
    expect(checkDist(built, { project: tree({}) })).toEqual([
      'the sitemap lists 2 page(s) that were not written: http://localhost:4321/sub/b/ (b/index.html), http://localhost:4321/sub/c/ (c/index.html).',
    ]);
  });

  it.each([
    ['a file starting with _', 'content/stories/_rahasia.mdx', draft()],
    ['draft: true', 'content/stories/rahasia.mdx', draft('draft: true\n')],
    ['a draft page', 'content/pages/_rahasia.mdx', draft()],
  ])("refuses a build holding a draft's text (%s), through tags, entities and curly quotes", (_, file, text) => {
    const html = '<p>Kalimat <a href="/x">rahasia</a> ini hanya ada di draf yang belum boleh terbit &ndash; sama sekali.</p>';
    const problems = checkDist(tree({ ...site, 'a/index.html': html }), { project: tree({ [file]: text }) });
    expect(problems).toEqual([`a/index.html holds text of the draft ${file} ("kalimat rahasia ini hanya ada di draf yang belum boleh terbit sama sekali"): a draft must not be published.`]);
  });

  it('lets through text a draft shares with a published story or the data', () => {
    const html = `<p>${SECRET}</p>`;
    for (const shared of ['content/stories/terbit.mdx', 'content/data/events.yaml']) {
      const project = tree({ 'content/stories/_rahasia.mdx': draft(), [shared]: `---\ntitle: T\n---\n${SECRET}\n` });
      expect(checkDist(tree({ ...site, 'a/index.html': html }), { project })).toEqual([]);
    }
  });
});

describe('isDraft', () => {
  it.each([
    ['_a.mdx', '---\ntitle: A\n---\n', true],
    ['a.mdx', '---\ntitle: A\ndraft: true\n---\n', true],
    ['a.mdx', '\uFEFF---\r\ntitle: A\r\ndraft: true # not yet\r\n---\r\n', true],
    ['a.mdx', '---\ntitle: A\ndraft: false\n---\n', false],
    ['a.mdx', '---\ntitle: A\n---\ndraft: true\n', false],
  ])('%s %j -> %s', (name, text, expected) => {
    expect(isDraft(name, text)).toBe(expected);
  });
});

describe('proseFragments', () => {
  it('keeps prose of eight words or more, without frontmatter, imports, tags or expressions', () => {
    const text = "---\ntitle: Judul yang cukup panjang untuk delapan kata atau lebih\n---\nimport Scrolly from '../../src/components/Scrolly.astro';\n\n<Scrolly chart=\"origins\">\nAda {figures.count} orang. Tiga puluh satu orang pindah dari OpenAI ke Meta dalam musim panas itu.\n</Scrolly>\n";
    expect(proseFragments(text)).toEqual([' tiga puluh satu orang pindah dari openai ke meta dalam musim panas itu ']);
  });
});
