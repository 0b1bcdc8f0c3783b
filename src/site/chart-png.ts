/**
 * The files per chart of one edition, under /charts/ (Indonesian) and
 * /en/charts/ (English).
 *
 * /charts/<id>.png and /charts/<id>.narrow.png: each chart's full first view
 * as a 1200×750 (phones: 780×1000) picture with a title, the legend and the
 * source line, for readers without JavaScript and anyone who links the image.
 * The MDX title is not visible from here, so the title is the chart's generic
 * one from src/i18n/ui.ts (`chart.title.<id>`).
 *
 * /charts/<id>.details.json: see chartDetails.
 */
import type { APIRoute } from 'astro';
import { chartIds, type ChartId } from '../specs/registry';
import { CHART_PNG, renderChartCard, themeFromCss, type PngSize } from '../render/render-png';
import { t, type Locale } from '../i18n/ui';
import { sourceLine } from '../domain/source-line';
import globalCss from '../styles/global.css?raw';
import { chartFigureParts, chartSpec } from './charts';

/** One route per chart, for getStaticPaths. */
export const chartPaths = () => chartIds.map((chart) => ({ params: { chart } }));

/**
 * The /charts/<id>.details.json endpoint of one edition: the tooltip lines of
 * each view (the names behind a bar), which <chart-figure> fetches when it
 * draws. Shared by every page that shows the chart.
 */
export function chartDetails(locale: Locale): APIRoute {
  return async ({ params, locals }) => {
    const { detailsJson } = await chartFigureParts(params['chart'] as ChartId, locale, locals.dataset);
    return new Response(detailsJson, { headers: { 'Content-Type': 'application/json' } });
  };
}

/** The /charts/<id>.png (or, with CHART_PNG_NARROW, /charts/<id>.narrow.png) endpoint of one edition. */
export function chartPng(locale: Locale, size: PngSize = CHART_PNG): APIRoute {
  return async ({ params, locals }) => {
    const chart = params['chart'] as ChartId;
    // The dataset the middleware read and checked for this request: a save while the picture renders (a second or so
    // in dev) changes the next request's, not this one's halfway through.
    const data = locals.dataset;
    const spec = await chartSpec(chart, locale, data);
    const footer = `${sourceLine(spec.sources, data.sources, locale)} ${t(locale, 'site.name')}`;
    const png = await renderChartCard({ view: spec.views[0]!, locale, state: {}, title: t(locale, `chart.title.${chart}`), footer }, themeFromCss(globalCss), size);
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
  };
}
