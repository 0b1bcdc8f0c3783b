/**
 * A chart view's data table as HTML (its <thead> and <tbody>), the markup
 * ChartFigure.astro puts in every page that shows the chart. It depends only
 * on the view, so the build writes it once per chart and language
 * (site/charts.ts) instead of rendering every cell again on each page: a
 * unit chart lists one row per person.
 */
import type { DataTable } from './types.ts';

/** As Astro escapes text: & < > " ' (html-escaper). */
const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A cell's text: nothing for a value Astro would render as nothing (null, undefined, NaN). */
const cellText = (cell: unknown) => (cell === null || cell === undefined || Number.isNaN(cell) ? '' : escapeText(String(cell)));

export function tableHtml(table: DataTable): string {
  const isText = (i: number) => i > 0 && typeof table.rows[0]?.[i] === 'string';
  const head = table.head.map((h, i) => `<th scope="col"${isText(i) ? ' class="cell-text"' : ''}>${escapeText(h)}</th>`).join('');
  const rows = table.rows.map(
    (row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${cellText(cell)}</th>` : `<td${typeof cell === 'string' ? ' class="cell-text"' : ''}>${cellText(cell)}</td>`)).join('')}</tr>`,
  );
  return `<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody>`;
}
