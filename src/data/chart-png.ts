/**
 * The /charts/<id>.png endpoint of one edition: each chart's full first view
 * as a 1200×750 picture with a title, the legend and the source line, for
 * readers without JavaScript, print and anyone who links the image. The MDX
 * title is not visible from here, so the title is the chart's generic one
 * from src/i18n/ui.ts (`chart.title.<id>`).
 */
import type { APIRoute } from 'astro';
import { chartIds, type ChartId } from '../charts/registry';
import { renderChartCard, themeFromCss } from '../charts/render-png';
import { t, type Locale } from '../i18n/ui';
import { sourceLine } from '../lib/source-line';
import globalCss from '../styles/global.css?raw';
import { chartSpec } from './charts';
import { loadDataset } from './dataset';

export const chartPngPaths = () => chartIds.map((chart) => ({ params: { chart } }));

export function chartPng(locale: Locale): APIRoute {
  return async ({ params }) => {
    const chart = params['chart'] as ChartId;
    const [spec, data] = await Promise.all([chartSpec(chart, locale), loadDataset()]);
    const footer = `${sourceLine(spec.sources, data.sources, locale)} ${t(locale, 'site.name')}`;
    const png = await renderChartCard({ view: spec.views[0]!, state: {}, title: t(locale, `chart.title.${chart}`), footer }, themeFromCss(globalCss));
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
  };
}
