import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [0, '0'],
    [50, '50'],
    [-1.5, '-1.5'],
    [true, 'true'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rhere', '"cr\rhere"'],
    ['crlf\r\nhere', '"crlf\r\nhere"'],
    [' padded ', ' padded '],
    ['semi; colon', 'semi; colon'],
    ['Ruoming Pang — Apple', 'Ruoming Pang — Apple'],
    ['US$14,3 miliar', '"US$14,3 miliar"'],
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a; b'],
    [['https://x.test/?a=1,2', 'b'], '"https://x.test/?a=1,2; b"'],
    [[1, 2], '1; 2'],
  ] as const)('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  // OWASP CSV injection: what a spreadsheet would run as a formula is prefixed with ' and quoted.
  it.each([
    ['=1+1', `"'=1+1"`],
    ['=HYPERLINK("https://evil.test","klik")', `"'=HYPERLINK(""https://evil.test"",""klik"")"`],
    ['+cmd|\' /C calc\'!A0', `"'+cmd|' /C calc'!A0"`],
    ['-2+3', `"'-2+3"`],
    ['-', `"'-"`],
    ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    [['=1+1', 'b'], `"'=1+1; b"`],
    ['a=1', 'a=1'],
    ['a; =1', 'a; =1'],
    [' =1', ' =1'],
    ['2025-06-12', '2025-06-12'],
    [-1.5, '-1.5'],
    [-0, '0'],
  ] as const)('neutralises %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('refuses NaN and Infinity instead of writing them', () => {
    expect(() => csvField(Number.NaN)).toThrow('NaN is not a finite number');
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow('Infinity is not a finite number');
  });
});

describe('toCsv', () => {
  it('writes a header row and CRLF after every record', () => {
    expect(toCsv(['id', 'name'], [['a', 'Alpha'], ['b', null]])).toBe('id,name\r\na,Alpha\r\nb,\r\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(toCsv(['id'], [])).toBe('id\r\n');
  });

  it('quotes fields with commas, quotes and newlines inside a record', () => {
    expect(toCsv(['id', 'notes', 'sources'], [['x', 'He said "no",\nthen left', ['s1', 's2']]])).toBe(
      'id,notes,sources\r\nx,"He said ""no"",\nthen left",s1; s2\r\n',
    );
  });

  it('keeps an empty row of empty fields', () => {
    expect(toCsv(['a', 'b'], [[null, '']])).toBe('a,b\r\n,\r\n');
  });

  it('refuses a row that does not match the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow('csv: row 1 has 1 fields, the header has 2');
    expect(() => toCsv([], [])).toThrow('csv: the header has no columns');
  });
});
