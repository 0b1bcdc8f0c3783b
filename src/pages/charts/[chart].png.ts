/**
 * /charts/<id>.png: each chart's full first view as a 1200×750 picture, with a
 * title, the legend and the source line, for readers without JavaScript, print
 * and anyone who links the image. The MDX title is not visible from here, so
 * the title is the chart's generic one from src/i18n/ui.ts (`chart.title.<id>`).
 */
import { sourceLine } from '../../lib/source-line';
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

async function footer(chart: ChartId): Promise<string> {
  const [spec, data] = await Promise.all([chartSpec(chart, locale), loadDataset()]);
  return `${sourceLine(spec.sources, data.sources, locale)} ${t(locale, 'site.name')}`;
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
