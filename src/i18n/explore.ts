/**
 * The words of exploring a chart by keyboard, one dictionary per locale like
 * ui.ts, kept apart from it so that they download with the explorer only,
 * and only in the page's language (explore-words.ts: src/client/chart-explorer.ts
 * loads them when a reader first focuses a chart; ui.ts's strings are in the
 * page's chart payload instead). This module, with both, is for the build
 * (the hint and the role are written into the page by ChartFigure.astro) and
 * the tests. `en` must have exactly the keys and placeholders of `id` (explore.test.ts).
 */
import type { Locale } from './ui.ts';
import id from './explore/id.ts';
import en from './explore/en.ts';
import { say, type ExploreKey, type ExploreWords } from './explore-words.ts';

export type { ExploreKey, ExploreWords };

export const exploreUi: Record<Locale, ExploreWords> = { id, en };

/** A string of the explorer in `locale`, placeholders filled as ui.ts's t() does. */
export function te(locale: Locale, key: ExploreKey, vars: Record<string, string | number> = {}): string {
  return say(exploreUi[locale], key, vars);
}
