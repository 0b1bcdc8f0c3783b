/**
 * A chart figure's data tables, rendered by Astro's container: a table of at most TABLE_ROWS_IN_PAGE rows is
 * printed under the chart; a longer one (the retention chart at the synthetic scale of thousands of recruits) is
 * a sentence with its number of rows and a link to the chart's table page, which prints it in full.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { fixtureDataset, fixtureWithRecruits } from '../domain/fixtures/dataset.ts';
import type { Dataset } from '../domain/dataset.ts';
import { formatNumber } from '../domain/format.ts';
import { TABLE_ROWS_IN_PAGE, chartFigureParts } from '../site/charts.ts';
import ChartFigure from './ChartFigure.astro';
import ChartTables from '../layouts/ChartTables.astro';

const container = await AstroContainer.create();

// Under vitest Astro renders in dev mode, which marks elements with their source location.
const render = async (component: Parameters<typeof container.renderToString>[0], props: Record<string, unknown>, dataset: Dataset) =>
  (await container.renderToString(component, { props, locals: { dataset }, partial: false })).replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');

const rowsOf = (html: string) => [...html.matchAll(/<table>[\s\S]*?<\/table>/g)].map((m) => (m[0].match(/<tr>/g) ?? []).length - 1);

describe('a chart figure with a table too long for the page', () => {
  const big = fixtureWithRecruits(TABLE_ROWS_IN_PAGE + 1);

  it('prints the fixture retention table under the chart', async () => {
    const data = fixtureDataset();
    const { tables } = await chartFigureParts('retention', 'id', data);
    const html = await render(ChartFigure, { chart: 'retention', title: 'Yang bertahan', locale: 'id' }, data);
    expect(html).not.toContain('chart-table-elsewhere');
    expect(Math.max(...rowsOf(html))).toBe(Math.max(...Object.values(tables).map((t) => t.rows)));
  });

  it.each(['id', 'en'] as const)('links the long table to the chart table page instead of printing it (%s)', async (locale) => {
    const { tables } = await chartFigureParts('retention', locale, big);
    const rows = Math.max(...Object.values(tables).map((t) => t.rows));
    expect(rows).toBeGreaterThan(TABLE_ROWS_IN_PAGE);
    const html = await render(ChartFigure, { chart: 'retention', title: 'Yang bertahan', locale }, big);
    const note = /<p class="chart-table-elsewhere" data-table-view="([^"]+)"[^>]*>([\s\S]*?)<\/p>/.exec(html);
    expect(note, 'the sentence in place of the table').not.toBeNull();
    expect(note![1]!.split(' ').sort()).toEqual(['status', 'where']);
    expect(note![2]).toContain(formatNumber(rows, locale));
    expect(note![2]).toContain(`href="${locale === 'id' ? '' : '/en'}/charts/retention/"`);
    expect(rowsOf(html).every((n) => n <= TABLE_ROWS_IN_PAGE), 'no table longer than a page takes').toBe(true);
  });

  it.each(['id', 'en'] as const)('prints every row on the chart table page (%s)', async (locale) => {
    const { tables } = await chartFigureParts('retention', locale, big);
    const html = await render(ChartTables, { chart: 'retention', locale }, big);
    expect(rowsOf(html).sort((a, b) => a - b)).toEqual([...new Set(Object.values(tables).map((t) => t.html))].map((h) => Object.values(tables).find((t) => t.html === h)!.rows).sort((a, b) => a - b));
    expect(html).toContain(big.people.at(-1)!.name);
  });
});
