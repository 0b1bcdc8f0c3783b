/**
 * /charts/<id>.png: each chart's full first view as a 1200×750 picture, with a
 * title, the legend and the source line, for readers without JavaScript, print
 * and anyone who links the image. The MDX title is not visible from here, so
 * the title is the chart's generic one from src/i18n/ui.ts (`chart.title.<id>`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, type ChartId } from '../../charts/registry';
import { renderChartCard, themeFromCss } from '../../charts/render-png';
import { chartSpec } from '../../data/charts';
import { loadDataset } from '../../data/dataset';
import { t, type Locale } from '../../i18n/ui';
import globalCss from '../../styles/global.css?raw';

// The Indonesian edition lives at the root; an English one would add /en/charts/ with locale 'en'.
const locale: Locale = 'id';

export const getStaticPaths = (() => chartIds.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

/** "Sumber: 23 laporan, terutama WIRED, … dan 7 media lain. Meja Data", ranked as in ChartFigure.astro. */
async function footer(chart: ChartId): Promise<string> {
  const [spec, data] = await Promise.all([chartSpec(chart, locale), loadDataset()]);
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const counts = new Map<string, number>();
  for (const id of spec.sources) {
    const s = byId.get(id);
    if (s) counts.set(s.original ?? s.publisher, (counts.get(s.original ?? s.publisher) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const more = ranked.length > 6 ? t(locale, 'figure.sourceMore', { n: ranked.length - 6 }) : '';
  const line = t(locale, 'figure.sourceLine', { n: spec.sources.length, outlets: ranked.slice(0, 6).join(', ') });
  return `${t(locale, 'figure.source')}: ${line}${more}. ${t(locale, 'site.name')}`;
}

export const GET: APIRoute = async ({ params }) => {
  const chart = params['chart'] as ChartId;
  const spec = await chartSpec(chart, locale);
  const png = await renderChartCard(
    { view: spec.views[0]!, state: {}, title: t(locale, `chart.title.${chart}`), footer: await footer(chart) },
    themeFromCss(globalCss),
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
