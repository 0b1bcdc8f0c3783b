/** Chart specs by id and locale, computed once per build from the dataset. */
import { charts, chartIds, isChartId } from '../specs/registry.ts';
import type { ChartDetails, ChartSpec, DrawnView, StepState } from '../specs/types.ts';
import { outlineListHtml } from '../specs/describe.ts';
import { chartStrings } from '../i18n/chart-strings.ts';
import type { Locale } from '../i18n/ui.ts';
import { closest, type Dataset } from '../domain/dataset.ts';
import { sourceLine } from '../domain/source-line.ts';
import { oncePerBuild } from './once-per-build.ts';
import { tableHtml } from '../specs/table-html.ts';

const specs = new Map<string, Promise<ChartSpec>>();

/**
 * The spec of chart `id` in `locale`, from `data`: the dataset of the request (Astro.locals.dataset,
 * src/middleware.ts) or of getStaticPaths. Kept per chart and locale for the rest of a build (one dataset per
 * build); computed from `data` on every call in dev.
 */
export async function chartSpec(id: string, locale: Locale, data: Dataset): Promise<ChartSpec> {
  if (!isChartId(id)) {
    const hint = closest(id, chartIds);
    throw new Error(`Unknown chart "${id}"${hint ? `; did you mean "${hint}"?` : '.'} Known charts: ${chartIds.join(', ')}.`);
  }
  return oncePerBuild(specs, `${id}/${locale}`, async () => charts[id](data, locale));
}

/** What every figure of one chart shares, whatever its title or initial state. */
export interface ChartFigureParts {
  spec: ChartSpec;
  /** The source line under the chart (src/domain/source-line.ts). */
  credit: string;
  /** The views as JSON without their tooltip details (DrawnView[]). */
  viewsJson: string;
  /**
   * What the browser draws from, the body of /charts/<id>.views.json (ChartViewsFile): the views and this edition's
   * chart strings. One file every page showing the chart shares, fetched when the chart nears the viewport (or in
   * idle time, for print), so a page's HTML does not carry its charts' data.
   */
  viewsFileJson: string;
  /** The tooltip details by view key (ChartDetails), the body of /charts/<id>.details.json. */
  detailsJson: string;
  /** Each view's data table as HTML (<thead> and <tbody>) and its number of rows, by view key: written once, put in every page showing the chart. */
  tables: Record<string, TableHtml>;
}

export interface TableHtml {
  html: string;
  rows: number;
}

/**
 * The most rows a data table may have to be printed under its chart. A longer one (a unit chart of thousands of
 * people) would make every page showing the chart as long as the table: the figure links to the chart's table
 * page instead (/charts/<id>/, src/pages/charts/[chart]/index.astro), which prints every table of the chart in
 * full. The real dossier's longest table has 46 rows.
 */
export const TABLE_ROWS_IN_PAGE = 200;

/** Whether a table is printed on a page of its own instead of under its chart (TABLE_ROWS_IN_PAGE). */
export const tableOnItsOwnPage = (table: { rows: number }) => table.rows > TABLE_ROWS_IN_PAGE;

const parts = new Map<string, Promise<ChartFigureParts>>();

/**
 * The spec, the source line and the views' JSON of a chart, computed once per
 * build: every figure of a chart on every page shares them, and each costs
 * time proportional to the dataset (a Map of every source, a pass over the
 * chart's sources, JSON of every view), so per figure they made the build
 * grow with stories × people. Re-computed on every call in dev.
 *
 * The names behind each bar (`details`) grow with the dataset, so they are
 * split off into one file per chart and edition that every page shares:
 * a page's size then does not depend on how many people the data holds.
 */
export function chartFigureParts(id: string, locale: Locale, data: Dataset): Promise<ChartFigureParts> {
  return oncePerBuild(parts, `${id}/${locale}`, async () => {
    const spec = await chartSpec(id, locale, data);
    // The table is in the page as HTML already (ChartFigure.astro): in the payload it only made the first download larger.
    const drawn: DrawnView[] = spec.views.map(({ details: _, table: __, ...view }) => view);
    const details: ChartDetails = Object.fromEntries(spec.views.map((v) => [v.key, v.details]));
    const viewsJson = JSON.stringify(drawn);
    return {
      spec,
      credit: sourceLine(spec.sources, data.sources, locale),
      viewsJson,
      viewsFileJson: `{"views":${viewsJson},"strings":${JSON.stringify(chartStrings(locale))}}`,
      detailsJson: JSON.stringify(details),
      tables: Object.fromEntries(spec.views.map((v) => [v.key, { html: tableHtml(v.table), rows: v.table.rows.length }])),
    };
  });
}

const outlineLists = new Map<string, Promise<string>>();

/**
 * The chart-as-text list of chart `id` in a state (outlineListHtml), once per chart, edition and state per build:
 * the figures of many pages open in the same state, and at scale a unit chart's list names thousands of people.
 */
export function chartOutlineList(id: string, locale: Locale, data: Dataset, state: StepState): Promise<string> {
  return oncePerBuild(outlineLists, `${id}/${locale}/${JSON.stringify(state)}`, async () => outlineListHtml((await chartSpec(id, locale, data)).views, state, chartStrings(locale)));
}

/**
 * Everything a page prints of a chart whatever its title and state, as one text: the source line, the views (its
 * description and outline are written from them; the page no longer carries them), the names behind the bars (in
 * no page since they moved to details.json: kept, at the cost of a render after a change to them alone), and the
 * data tables (whose cells hold names and dates). What a story
 * page's cache key covers of each chart it shows (src/pages/[...slug].astro, chartDigests): a change to any of
 * it, such as a person's name in the hiring wave's table, renders the page again.
 */
export const chartPagePart = ({ credit, viewsJson, detailsJson, tables }: ChartFigureParts): string =>
  `${credit}\n${viewsJson}\n${detailsJson}\n${JSON.stringify(tables)}`;

/**
 * The data tables under a chart, one per distinct table: views whose table is the same (the retention chart's
 * status and destination views list the same people) share one, so no reader gets a table twice. Each lists the
 * views it serves (in the chart's order) and has a caption naming each with its title ("title: view"; views of
 * one title share it, "title: view, view").
 */
export function sharedTables(
  views: readonly { key: string; name: string }[],
  tables: Record<string, TableHtml>,
  titles: Record<string, string>,
): ({ views: string[]; caption: string } & TableHtml)[] {
  const byTable = new Map<string, { key: string; name: string }[]>();
  for (const view of views) byTable.set(tables[view.key]!.html, [...(byTable.get(tables[view.key]!.html) ?? []), view]);
  return [...byTable].map(([html, shared]) => {
    const byTitle = new Map<string, string[]>();
    for (const v of shared) byTitle.set(titles[v.key]!, [...(byTitle.get(titles[v.key]!) ?? []), v.name]);
    return { views: shared.map((v) => v.key), caption: [...byTitle].map(([title, names]) => `${title}: ${names.join(', ')}`).join(' / '), html, rows: tables[shared[0]!.key]!.rows };
  });
}

/**
 * The title of each view of a chart: `titles` ("view: title | view: title", ChartFigure's prop) for the views it
 * names, `title` for the rest. Fails on a view the chart does not have, naming the ones it has.
 */
export function parseViewTitles(titles: string | undefined, title: string, views: readonly string[], chart: string): Record<string, string> {
  const out = Object.fromEntries(views.map((v) => [v, title]));
  for (const part of (titles ?? '').split('|').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([\w-]+)\s*:\s*(.+)$/.exec(part);
    if (!m || !views.includes(m[1]!)) {
      throw new Error(`titles="${titles}" on chart "${chart}": "${part}" is not "view: title" for one of its views (${views.join(', ')}).`);
    }
    out[m[1]!] = m[2]!.trim();
  }
  return out;
}
