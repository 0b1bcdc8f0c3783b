/**
 * The explorer's words (src/client/chart-explorer.ts) for one page: loaded in
 * the page's language only, a chunk per locale (explore/id.ts, explore/en.ts),
 * when a reader first focuses a chart (the explorer imports them). `en` must have exactly the keys and
 * placeholders of `id` (explore.test.ts).
 */
import { fill } from './fill.ts';
import type id from './explore/id.ts';

export type ExploreKey = keyof typeof id;
export type ExploreWords = Record<ExploreKey, string>;

/** A string of the explorer, placeholders filled as ui.ts's t() does. */
export const say = (words: ExploreWords, key: ExploreKey, vars: Record<string, string | number> = {}): string => fill(words[key], vars);
