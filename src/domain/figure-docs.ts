/** The editor's list of figures and date references (content/figures.md), written from the data, never by hand. */
import { dateRefs } from './date-refs.ts';
import type { Dataset } from './dataset.ts';
import { figureList } from './figures.ts';
import { formatPartialDate } from './format.ts';
import { resolveDateRef } from './date-refs.ts';

const cell = (s: string) => s.replaceAll('|', '\\|');

export function figureDocs(data: Dataset): string {
  const figures = figureList(data)
    .map((f) => `| \`${f.key}\` | ${f.value} | ${cell(f.meaning)} |`)
    .join('\n');
  const dates = dateRefs(data)
    .map((ref) => {
      const r = resolveDateRef(data, ref);
      return r.ok ? `| \`${ref}\` | ${formatPartialDate(r.date, 'id')} | ${formatPartialDate(r.date, 'en')} |` : '';
    })
    .join('\n');
  return `# Figures and dates a story can print

Generated from content/data by \`npm run figures\`; do not edit by hand (a test fails when this file is
out of date). How to use them: content/README.md, "Numbers and dates in prose".

## Figures: \`<Num of="…" />\`

| Key | Value now | What it counts |
| --- | --- | --- |
${figures}

## Dates: \`<When of="…" />\`

| Reference | Indonesian | English |
| --- | --- | --- |
${dates}
`;
}
