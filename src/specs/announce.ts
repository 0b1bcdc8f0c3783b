/**
 * How long a step must stay active before its change is announced: scrolling
 * past several steps, or back and forth across one boundary, says nothing
 * until the reader stops. Its own module: the figure's first script imports it
 * without the description code, which loads with Chart.js.
 */
export const ANNOUNCE_AFTER_MS = 700;
