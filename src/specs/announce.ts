/**
 * How long a step must stay active before its change is announced: scrolling
 * past several steps, or back and forth across one boundary, says nothing
 * until the reader stops. Its own module: the figure's first script imports it
 * without the description code, which loads with Chart.js.
 */
export const ANNOUNCE_AFTER_MS = 700;

/**
 * How long a sentence the reader asked for (a chart position, the sound
 * playing) keeps a step announcement from replacing it, while focus stays in
 * the chart: long enough to be read out, short enough that a reader who
 * clicked the sound button and scrolls on still hears the steps.
 */
export const HOLD_AFTER_READER_MS = 5000;
