/** Chart specs by id and locale, computed once per build from the dataset. */
import { charts, chartIds, isChartId } from '../charts/registry.ts';
import type { ChartSpec } from '../charts/types.ts';
import type { Locale } from '../i18n/ui.ts';
import { closest } from '../lib/dataset.ts';
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
