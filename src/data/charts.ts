/** Chart specs by id and locale, computed once per build from the dataset. */
import { charts, chartIds, isChartId } from '../charts/registry.ts';
import type { ChartSpec } from '../charts/types.ts';
import type { Locale } from '../i18n/ui.ts';
import { closest } from '../lib/dataset.ts';
import type { Dataset } from '../lib/dataset.ts';
import { loadDataset } from './dataset.ts';

const built = new Map<string, ChartSpec>();

export async function chartSpec(id: string, locale: Locale): Promise<ChartSpec> {
  if (!isChartId(id)) {
    const hint = closest(id, chartIds);
    throw new Error(`Unknown chart "${id}"${hint ? `; did you mean "${hint}"?` : '.'} Known charts: ${chartIds.join(', ')}.`);
  }
  const key = `${id}/${locale}`;
  if (import.meta.env.DEV) return charts[id](await loadDataset(), locale);
  let spec = built.get(key);
  if (!spec) {
    spec = charts[id](await loadDataset(), locale);
    built.set(key, spec);
  }
  return spec;
}

/** What every figure of one chart shares, whatever its title or initial state. */
export interface ChartFigureParts {
  spec: ChartSpec;
  /** Outlets that did the original reporting behind the chart's sources, most-cited first. */
  outlets: string[];
  /** JSON.stringify(spec.views), for the client payload. */
  viewsJson: string;
}

/** The outlets behind a chart's sources, most-cited first (by original outlet, else publisher). */
export function rankOutlets(spec: ChartSpec, data: Dataset): string[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const counts = new Map<string, number>();
  for (const id of spec.sources) {
    const s = byId.get(id);
    if (s) counts.set(s.original ?? s.publisher, (counts.get(s.original ?? s.publisher) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

const parts = new Map<string, Promise<ChartFigureParts>>();

/**
 * The spec, the ranked outlets and the views' JSON of a chart, computed once
 * per build (every figure of a chart on every page shares them; each costs
 * time proportional to the dataset, so per figure they made the build grow
 * with stories × people). Re-computed on every call in dev.
 */
export function chartFigureParts(id: string, locale: Locale): Promise<ChartFigureParts> {
  const compute = async () => {
    const spec = await chartSpec(id, locale);
    return { spec, outlets: rankOutlets(spec, await loadDataset()), viewsJson: JSON.stringify(spec.views) };
  };
  if (import.meta.env.DEV) return compute();
  const key = `${id}/${locale}`;
  let p = parts.get(key);
  if (!p) {
    p = compute();
    parts.set(key, p);
    p.catch(() => parts.delete(key));
  }
  return p;
}
