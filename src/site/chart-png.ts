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
 * /charts/<id>.views.json and /charts/<id>.details.json: see chartJson.
 */
import type { APIRoute } from 'astro';
import type { Dataset } from '../domain/dataset';
import { chartIds, type ChartId } from '../specs/registry';
import { CHART_PNG, renderChartCard, themeFromCss, type PngSize } from '../render/render-png';
import { t, type Locale } from '../i18n/ui';
import { chartTablesPage } from '../i18n/paths';
import { sourceLine } from '../domain/source-line';
import globalCss from '../styles/global.css?raw';
import { chartFigureParts, chartSpec, tableOnItsOwnPage } from './charts';
import { readDataset } from './read-dataset';
import { sha } from './incremental-keys';
import { firstStories, type StoryLink } from './embed-paths';

/**
 * One route per chart, for getStaticPaths. In a build, each has a cacheKey over what its file holds (a picture's
 * first view, title and source line; the names file's text), so an incremental build copies an unchanged file
 * instead of drawing it again. The theme, fonts and layout are code, which Astro hashes itself. astro dev keeps no
 * build to copy from, and a data mistake must reach the middleware's overlay (src/middleware.ts): no keys there.
 */
export async function chartPaths(locale: Locale, file: ChartFileKind) {
  if (import.meta.env.DEV) return chartIds.map((chart) => ({ params: { chart } }));
  const data = readDataset();
  return Promise.all(
    chartIds.map(async (chart) => ({
      params: { chart },
      cacheKey: await chartFileKey(chart, locale, file, data),
    })),
  );
}

/**
 * The table pages of an edition (src/layouts/ChartTables.astro): one per chart with a table too long to print
 * under it (tableOnItsOwnPage), with the first story that shows the chart, keyed by what the page prints (that
 * story's link, the source line and the tables). In astro dev, every chart: the dataset is read per request there
 * (a mistake goes to the overlay), and a page nobody links to costs nothing.
 */
export async function chartTablesPaths(locale: Locale): Promise<{ params: { chart: ChartId }; props: { story: StoryLink | null }; cacheKey?: string }[]> {
  const stories = await firstStories(locale);
  const props = (chart: ChartId) => ({ story: stories.get(chart) ?? null });
  if (import.meta.env.DEV) return chartIds.map((chart) => ({ params: { chart }, props: props(chart) }));
  const data = readDataset();
  const paths: Awaited<ReturnType<typeof chartTablesPaths>> = [];
  for (const chart of chartIds) {
    const { credit, tables } = await chartFigureParts(chart, locale, data);
    if (!Object.values(tables).some(tableOnItsOwnPage)) continue;
    paths.push({ params: { chart }, props: props(chart), cacheKey: sha(`tables\n${locale}\n${JSON.stringify(props(chart))}\n${credit}\n${JSON.stringify(tables)}`) });
  }
  return paths;
}

/** The addresses of an edition's table pages (chartTablesPaths), for the sitemap: "/charts/retention/", … (no base). */
export async function chartTablesPages(locale: Locale): Promise<string[]> {
  return (await chartTablesPaths(locale)).map((p) => chartTablesPage(locale, p.params.chart));
}

/** A chart's files in an edition: its pictures, what the browser draws from (views), the names behind the bars (details). */
export type ChartFileKind = 'picture' | 'views' | 'details';

/** The cacheKey of a chart's picture, views or names file in an edition: a sha256 of everything the file prints. */
export async function chartFileKey(chart: ChartId, locale: Locale, file: ChartFileKind, data: Dataset): Promise<string> {
  const text = file === 'picture' ? JSON.stringify(await pictureParts(chart, locale, data)) : await chartJsonText(chart, locale, file, data);
  return sha(`${file}\n${locale}\n${text}`);
}

async function chartJsonText(chart: ChartId, locale: Locale, file: 'views' | 'details', data: Dataset): Promise<string> {
  const parts = await chartFigureParts(chart, locale, data);
  return file === 'views' ? parts.viewsFileJson : parts.detailsJson;
}

/** What a chart's picture shows: its first view, its title and its source line. */
async function pictureParts(chart: ChartId, locale: Locale, data: Dataset) {
  const spec = await chartSpec(chart, locale, data);
  return { view: spec.views[0]!, title: t(locale, `chart.title.${chart}`), footer: `${sourceLine(spec.sources, data.sources, locale)} ${t(locale, 'site.name')}` };
}

/**
 * A JSON endpoint of one edition, shared by every page that shows the chart:
 * - /charts/<id>.views.json, what <chart-figure> draws from (ChartViewsFile), fetched when the chart nears the
 *   viewport, or in idle time once another chart has drawn (for print);
 * - /charts/<id>.details.json, the tooltip lines of each view (the names behind a bar, ChartDetails), fetched
 *   for a chart the reader reaches.
 */
export function chartJson(locale: Locale, file: 'views' | 'details'): APIRoute {
  return async ({ params, locals }) => new Response(await chartJsonText(params['chart'] as ChartId, locale, file, locals.dataset), { headers: { 'Content-Type': 'application/json' } });
}

/** The /charts/<id>.png (or, with CHART_PNG_NARROW, /charts/<id>.narrow.png) endpoint of one edition. */
export function chartPng(locale: Locale, size: PngSize = CHART_PNG): APIRoute {
  return async ({ params, locals }) => {
    const chart = params['chart'] as ChartId;
    // The dataset the middleware read and checked for this request: a save while the picture renders (a second or so
    // in dev) changes the next request's, not this one's halfway through.
    const { view, title, footer } = await pictureParts(chart, locale, locals.dataset);
    const png = await renderChartCard({ view, locale, state: {}, title, footer }, themeFromCss(globalCss), size);
    return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
  };
}
