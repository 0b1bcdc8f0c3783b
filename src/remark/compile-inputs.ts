/**
 * What compiling a story reads from the dataset, and nothing more: the names
 * remark-person-mentions links, the views, series and bars each chart offers
 * to a <Step> and the figure keys <Num of> may name (remark-check-components).
 * `key`, a hash of these, is the dataset's part of the compiled-MDX cache key
 * (src/integrations/mdx-cache.ts): a change to a person's dates, sources or
 * role leaves every compiled story valid; a new or renamed person, chart view
 * or figure key compiles them again.
 *
 * remark-bound-numbers reads figures and dates too, but only to word the
 * hint of a build error ("did you mean <Num of=…>?"); whether a story passes
 * does not depend on the data, and a failed compile is never cached.
 *
 * Those two plugins get this, not the dataset, as their `inputs` option
 * (src/integrations/story-pipeline.ts): what they can read is what the key covers, so a
 * plugin cannot start depending on another part of the data without adding
 * it here, and the cache cannot serve a compile made from other data
 * (src/integrations/mdx-cache.test.ts checks the names and the rest of a
 * person). Computed once per parsed dataset; pure, the caller reads it.
 */
import { createHash } from 'node:crypto';
import { charts, chartIds, type ChartId } from '../specs/registry.ts';
import type { Dataset } from '../domain/dataset.ts';
import { figures } from '../domain/figures.ts';

/** What a <Step> may name in one view of a chart. */
export interface ViewKeys {
  key: string;
  /** Every series' key. */
  series: string[];
  /** The keys of the series that are not a part of another (no `of`): the ones an error message offers. */
  mainSeries: string[];
  /** The category labels (bars a step can highlight by name). */
  labels: string[];
}

/** What a <Scrolly chart> may name of one chart. */
export interface ChartKeys {
  id: ChartId;
  views: ViewKeys[];
}

export interface CompileInputs {
  /** Person names to link, name -> id. */
  names: Map<string, string>;
  /** Each chart's views (the Indonesian spec, as the authoring check has always used). */
  charts: Map<ChartId, ChartKeys>;
  /** Keys of the figures <Num of="…"> can print. */
  figureKeys: Set<string>;
  /** sha256 of all of the above. */
  key: string;
}

const memo = new WeakMap<Dataset, CompileInputs>();

export function compileInputsOf(data: Dataset): CompileInputs {
  let inputs = memo.get(data);
  if (inputs) return inputs;
  const names = new Map(data.people.map((p) => [p.name, p.id]));
  const chartKeys = new Map(
    chartIds.map((id) => {
      const spec = charts[id](data, 'id');
      return [id, { id, views: spec.views.map((v) => ({ key: v.key, series: v.series.map((s) => s.key), mainSeries: v.series.filter((s) => s.of === undefined).map((s) => s.key), labels: v.labels })) }] as const;
    }),
  );
  const figureKeys = new Set(Object.keys(figures(data)));
  const key = createHash('sha256')
    .update(JSON.stringify({ names: [...names], charts: [...chartKeys.values()], figureKeys: [...figureKeys].sort() }))
    .digest('hex');
  inputs = { names, charts: chartKeys, figureKeys, key };
  memo.set(data, inputs);
  return inputs;
}
