import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkSafeMarkup, unsafeAddress } from './remark-safe-markup.ts';

function check(text: string, mdx = true): void {
  const processor = mdx ? unified().use(remarkParse).use(remarkMdx).use(remarkSafeMarkup) : unified().use(remarkParse).use(remarkSafeMarkup);
  const file = new VFile({ path: `content/stories/contoh.${mdx ? 'mdx' : 'md'}`, value: text });
  processor.runSync(processor.parse(file), file);
}

function failure(text: string, mdx = true): { message: string; line: number | undefined } {
  try {
    check(text, mdx);
  } catch (e) {
    const err = e as { reason: string; line?: number; file?: string };
    expect(err.file).toBe(`content/stories/contoh.${mdx ? 'mdx' : 'md'}`);
    return { message: err.reason, line: err.line };
  }
  throw new Error(`expected this to be refused:\n${text}`);
}

describe('remarkSafeMarkup', () => {
  it('lets the stories’ own markup through: diagrams, links, images, components, comments', () => {
    expect(() =>
      check(
        [
          '# Judul',
          '',
          'Teks dengan [tautan](https://www.wired.com/), [halaman](../metode/#sumber), [surel](mailto:meja@example.org) dan [jangkar](#isi).',
          '',
          '{/* komentar */}',
          '',
          '![Grafik](/charts/origins.png)',
          '',
          '<Scrolly chart="hiring-wave" title="x">',
          '  <div slot="graphic" class="diagram"><ol><li data-node="msl"><strong>MSL</strong> <a href="https://example.org/">x</a></li></ol></div>',
          '  <Step until="2025-06-30">a</Step>',
          '</Scrolly>',
          '',
        ].join('\n'),
      ),
    ).not.toThrow();
  });

  it.each([
    ['Teks.\n\n<script>alert(1)</script>\n', 3, /^<script> is not allowed in a story: it would run code in readers’ browsers\./],
    ['Teks <script src="https://evil.test/x.js" /> lagi.\n', 1, /^<script> is not allowed/],
    ['<SCRIPT>alert(1)</SCRIPT>\n', 1, /^<SCRIPT> is not allowed/],
    ['Teks.\n\n<style>{`body{display:none}`}</style>\n', 3, /^<style> is not allowed in a story: it would restyle the page/],
    ['<iframe src="https://evil.test/"></iframe>\n', 1, /^<iframe> is not allowed/],
    ['<div>\n  <base href="https://evil.test/" />\n</div>\n', 2, /^<base> is not allowed/],
    ['Teks {<script>alert(1)</script>} lagi.\n', 1, /^<script> is not allowed/],
    ['<svg><script>alert(1)</script></svg>\n', 1, /^<script> is not allowed/],
    ['Teks.\n\n<img src="x.png" alt="x" onerror="alert(1)" />\n', 3, /^<img onerror=…>: event-handler attributes run code and are not allowed in a story\. Remove onerror\./],
    ['<a href="#" onClick={() => alert(1)}>x</a>\n', 1, /^<a onClick=…>: event-handler attributes/],
    ['<p style="color:red">x</p>\n', 1, /^<p style=…>: inline styles are blocked by the site's Content-Security-Policy\. Use a class/],
    ['<div set:html="<script>alert(1)</script>" />\n', 1, /^<div set:html=…>: raw HTML is not allowed/],
    ['<div dangerouslySetInnerHTML={{ __html: "<script>alert(1)</script>" }} />\n', 1, /^<div dangerouslySetInnerHTML=…>: raw HTML/],
    ['<a {...{ onclick: "alert(1)" }}>x</a>\n', 1, /^<a \{\.\.\.\}>: spread attributes are not allowed/],
    ['<a href="javascript:alert(1)">x</a>\n', 1, /^<a href>: "javascript:alert\(1\)" is not a web address a reader can safely follow/],
    ['<a href=" JavaScript:alert(1)">x</a>\n', 1, /^<a href>: "JavaScript:alert\(1\)" is not a web address/],
    ['<a href="java&#x09;script:alert(1)">x</a>\n', 1, /^<a href>: /],
    ["<a href={'javascript:alert(1)'}>x</a>\n", 1, /^<a href>: "javascript:alert\(1\)"/],
    ['<a href={url}>x</a>\n', 1, /^<a href=\{…\}>: write the address in quotes/],
    ['<form action="javascript:alert(1)"><button>x</button></form>\n', 1, /^<form action>: "javascript:/],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x" />\n', 1, /^<img src>: "data:image/],
    ['Teks [klik](javascript:alert(1)).\n', 1, /^Link: "javascript:alert\(1\)" is not a web address/],
    ['Teks [klik][x].\n\n[x]: javascript:alert(1)\n', 3, /^Link: "javascript:/],
    ['![Grafik](data:image/png;base64,AAAA)\n', 1, /^Image: "data:image/],
    ['import X from "./x.js"\n\nTeks.\n', 1, /^import and export are not allowed in a story/],
    ['export const x = 1\n\nTeks.\n', 1, /^import and export are not allowed/],
  ])('refuses %j on line %i', (mdx, line, message) => {
    const got = failure(mdx);
    expect(got.message).toMatch(message);
    expect(got.line).toBe(line);
  });

  it.each([
    ['Teks.\n\n<script>alert(1)</script>\n', /^<script> is not allowed/],
    ['<img src="x.png" alt="x" onerror="alert(1)">\n', /event-handler attributes/],
    ['<a href="javascript:alert(1)">x</a>\n', /"javascript:alert\(1\)" is not a web address/],
    ['<p style="color:red">x</p>\n', /inline styles are blocked/],
  ])('refuses raw HTML in plain Markdown: %j', (md, message) => {
    expect(failure(md, false).message).toMatch(message);
  });
});

describe('unsafeAddress', () => {
  it.each(['https://x.test/', 'http://x.test', '../metode/', '/data/', '#isi', '?q=1', 'mailto:a@x.test', 'MAILTO:a@x.test', 'foto.png'])('allows %j', (url) => {
    expect(unsafeAddress(url)).toBeNull();
  });
  it.each(['javascript:alert(1)', 'JAVASCRIPT:x', ' javascript:x', 'java\tscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'ftp://x.test/'])(
    'refuses %j',
    (url) => {
      expect(unsafeAddress(url)).toMatch(/is not a web address a reader can safely follow/);
    },
  );
});
