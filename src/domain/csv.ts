/**
 * CSV as RFC 4180 describes it: a header row, CRLF after every record, a
 * field quoted only when it holds a comma, a double quote, CR or LF (inner
 * quotes doubled). null and undefined become an empty field; a list becomes
 * one field, its items joined with "; ". Pure: the caller decides the columns.
 *
 * Safe to open in a spreadsheet (OWASP, "CSV Injection"): a text field that
 * starts with =, +, -, @, a tab or a carriage return would be read as a
 * formula (=HYPERLINK(…), +cmd|…), so it gets a leading single quote and is
 * quoted: '=1+1' is written "'=1+1" and shows as text. Numbers are written as
 * they are (-1.5 is a number, not a formula).
 *
 *   toCsv(['id', 'sources'], [['yang-song', ['wired', 'bi']]])
 *   // 'id,sources\r\nyang-song,wired; bi\r\n'
 */

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** What joins the items of a list inside one field. */
export const LIST_SEPARATOR = '; ';

const needsQuotes = /[",\r\n]/;

/** What a spreadsheet reads as the start of a formula (OWASP's list). */
const formulaStart = /^[=+\-@\t\r]/;

/** One field, quoted when RFC 4180 requires it, neutralised when a spreadsheet would run it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`csv: ${value} is not a finite number`);
    return String(value);
  }
  const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  if (formulaStart.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header row and one record per row; every row must have as many fields as the header. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  if (header.length === 0) throw new Error('csv: the header has no columns');
  return [header, ...rows]
    .map((row, i) => {
      if (row.length !== header.length) throw new Error(`csv: row ${i} has ${row.length} fields, the header has ${header.length}`);
      return `${row.map(csvField).join(',')}\r\n`;
    })
    .join('');
}
