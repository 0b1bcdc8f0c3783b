import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkExplainSyntax } from './remark-explain-syntax.ts';

/** The message and line an editor sees for a story that does not parse. */
function failure(mdx: string): { message: string; line: number | undefined } {
  const file = new VFile({ path: 'content/stories/contoh.mdx', value: mdx });
  try {
    unified().use(remarkParse).use(remarkMdx).use(remarkExplainSyntax).parse(file);
  } catch (e) {
    const err = e as { message: string; line?: number; file?: string };
    expect(err.file).toBe('content/stories/contoh.mdx');
    return { message: err.message, line: err.line };
  }
  throw new Error('expected the MDX to be rejected');
}

const scrolly = (step: string) => `# Judul\n\n<Scrolly chart="hiring-wave" title="x">\n${step}\n</Scrolly>\n`;

describe('remarkExplainSyntax', () => {
  it('leaves a story that parses alone', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).use(remarkExplainSyntax).parse(scrolly('  <Step until="2025-06-30">Teks.</Step>'));
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'mdxJsxFlowElement']);
  });

  it.each([
    [
      'a tag missing its ">"',
      scrolly('  <Step until="2025-06-30"\n  Teks pertama langkah ini.\n  </Step>'),
      4,
      'The <Step> tag on line 4 is not written properly. A tag ends with ">" (or "/>" when nothing goes inside it), and between its name and the ">" only attributes may stand, written name="value" and separated by spaces. Look for a missing ">", a missing quote, or a stray character after an attribute.\n' +
        '(The MDX parser stopped at line 5, column 27: Unexpected character `.` (U+002E) in attribute name, expected an attribute name character such as letters, digits, `$`, or `_`; `=` to initialize a value; whitespace before attributes; or the end of the tag)',
    ],
    [
      'a tag missing its ">" before another tag',
      scrolly('  <Step until="2025-06-30"\n    Pada <When of="x" /> itu.\n  </Step>'),
      4,
      'The <Step> tag on line 4 is not written properly. A tag ends with ">" (or "/>" when nothing goes inside it), and between its name and the ">" only attributes may stand, written name="value" and separated by spaces. Look for a missing ">", a missing quote, or a stray character after an attribute.\n' +
        '(The MDX parser stopped at line 5, column 10: Unexpected character `<` (U+003C) after attribute name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; `=` to initialize a value; or the end of the tag)',
    ],
    [
      'a stray character after an attribute',
      scrolly('  <Step until="2025-06-30";>Teks.</Step>'),
      4,
      'The <Step> tag on line 4 is not written properly. A tag ends with ">" (or "/>" when nothing goes inside it), and between its name and the ">" only attributes may stand, written name="value" and separated by spaces. Look for a missing ">", a missing quote, or a stray character after an attribute.\n' +
        '(The MDX parser stopped at line 4, column 27: Unexpected character `;` (U+003B) before attribute name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag)',
    ],
    [
      'a quote never closed',
      scrolly('  <Step until="2025-06-30>Teks.</Step>'),
      4,
      'An attribute of the <Step> tag on line 4 opens a quote that is never closed: end the value with the same quote mark it starts with, e.g. until="2025-06-30".\n' +
        '(The MDX parser stopped at line 6, column 1: Unexpected end of file in attribute value, expected a corresponding closing quote `"`)',
    ],
    [
      'a section never closed',
      '# Judul\n\n<Scrolly chart="hiring-wave" title="x">\n  <Step>Teks.</Step>\n',
      3,
      '<Scrolly> on line 3 is opened but never closed: add </Scrolly> where it ends (or end the tag with "/>" when nothing goes inside it).\n' +
        '(The MDX parser stopped: Expected a closing tag for `<Scrolly>` (3:1-3:40))',
    ],
    [
      'tags closed in the wrong order',
      '<Scrolly chart="hiring-wave" title="x">\n\n<Step>\n\nTeks.\n\n</Scrolly>\n',
      7,
      '</Scrolly> on line 7 closes a tag, but <Step>, opened on line 3, must be closed first: add </Step> before it, or remove a tag closed twice.\n' +
        '(The MDX parser stopped at line 7, column 1: Unexpected closing tag `</Scrolly>`, expected corresponding closing tag for `<Step>` (3:1-3:7))',
    ],
    [
      'an HTML comment',
      'Teks.\n\n<!-- catatan -->\n',
      3,
      'HTML comments (<!-- … -->) do not work in a story: write a comment as {/* … */}.\n' +
        '(The MDX parser stopped at line 3, column 2: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`))',
    ],
    [
      'a "<" before a digit',
      'Jumlahnya kurang dari <100 orang.\n',
      1,
      'A "<" followed by a letter or a digit starts a tag. To print "<" itself, write "\\<" (e.g. "kurang dari \\<100"), or put a space after it.\n' +
        '(The MDX parser stopped at line 1, column 24: Unexpected character `1` (U+0031) before name, expected a character that can start a name, such as a letter, `$`, or `_`)',
    ],
    [
      'a brace never closed',
      'Harga {naik\n\nlagi.\n',
      1,
      'A "{" on line 1 starts code that is never closed. To print a brace, write "\\{"; a comment is written {/* … */}.\n' +
        '(The MDX parser stopped at line 1, column 12: Unexpected end of file in expression, expected a corresponding closing brace for `{`)',
    ],
    [
      'text between braces that is not code',
      'Teks {lihat ini} lagi.\n',
      1,
      'A "{" on line 1 starts code that is not valid. To print a brace, write "\\{"; a comment is written {/* … */}.\n' +
        '(The MDX parser stopped at line 1, column 12: Could not parse expression with acorn)',
    ],
    [
      'a paragraph starting with "import"',
      'Judul\n\nimport dan ekspor naik.\n',
      3,
      'A paragraph that starts with "import" or "export" is read as code. Stories need no imports: reword the start of the paragraph.\n' +
        '(The MDX parser stopped at line 3, column 12: Could not parse import/exports with acorn)',
    ],
  ])('explains %s, at the line of the tag', (_, mdx, line, message) => {
    expect(failure(mdx)).toEqual({ message, line });
  });
});
