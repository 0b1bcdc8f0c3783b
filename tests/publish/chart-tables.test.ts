/**
 * The data tables under each chart of the built site ("Lihat data" / "Show the
 * data", src/components/ChartFigure.astro): every view of the chart has a
 * table, and views with the same table share one, so no reader gets a table
 * twice (without JavaScript and in print every table is shown; with it, the
 * shown view's).
 *
 * Run: npx vitest run tests/publish/chart-tables.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, listFiles } from './site.ts';

const site = await builtSite('/');
const pages = listFiles(site.root).filter((f) => f.endsWith('.html'));

interface Figure {
  chart: string;
  views: string[];
  tables: { views: string[]; body: string }[];
}

/** The chart figures of a page: their views (from the views file its payload names) and their tables. */
function figures(html: string): Figure[] {
  return [...html.matchAll(/<chart-figure\b[^>]*data-chart-id="([^"]+)"[^>]*>([\s\S]*?)<\/chart-figure>/g)].map(([, chart, inner]) => {
    const { views: url } = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(inner!)![1]!) as { views: string };
    const payload = JSON.parse(readFileSync(join(site.root, url.slice(site.base.length)), 'utf8')) as { views: { key: string }[] };
    const tables = [...inner!.matchAll(/<div class="table-scroll" data-table-view="([^"]+)">[\s\S]*?<\/caption>([\s\S]*?)<\/table>/g)].map(([, views, body]) => ({ views: views!.split(' '), body: body! }));
    return { chart: chart!, views: payload.views.map((v) => v.key), tables };
  });
}

const withFigures = pages.map((page) => ({ page, figures: figures(readFileSync(join(site.root, page), 'utf8')) })).filter((p) => p.figures.length > 0);

describe('the data tables under the charts', () => {
  it('are found on the pages with charts', () => {
    expect(withFigures.length).toBeGreaterThan(4);
  });

  it.each(withFigures)('$page: every view has exactly one table', ({ figures }) => {
    for (const f of figures) expect(f.tables.flatMap((t) => t.views).sort(), f.chart).toEqual([...f.views].sort());
  });

  it.each(withFigures)('$page: no chart prints the same table twice', ({ figures }) => {
    for (const f of figures) {
      const bodies = f.tables.map((t) => t.body);
      expect(bodies.filter((b, i) => bodies.indexOf(b) !== i).length, `${f.chart}: tables of ${f.tables.map((t) => t.views.join('+')).join(', ')}`).toBe(0);
    }
  });
});
