/** Every chart an MDX story can name, by id. */
import type { Locale } from '../i18n/ui.ts';
import type { Dataset } from '../domain/dataset.ts';
import { departures } from './departures.ts';
import { hiringWave } from './hiring-wave.ts';
import { origins } from './origins.ts';
import { retention } from './retention.ts';
import type { ChartSpec } from './types.ts';

export const charts = {
  'hiring-wave': hiringWave,
  origins,
  departures,
  retention,
} satisfies Record<string, (data: Dataset, locale: Locale) => ChartSpec>;

export type ChartId = keyof typeof charts;
export const chartIds = Object.keys(charts) as ChartId[];
export const isChartId = (id: string): id is ChartId => id in charts;
