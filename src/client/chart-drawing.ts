/**
 * What <chart-figure> needs only once a chart is drawn, loaded with it
 * (import() when a chart nears the viewport): Chart.js and the chart config
 * (src/specs/chartjs-setup.ts), the words that describe a step (the canvas's
 * label, the chart as text, the announced change) and the page's chart
 * colours. None of it is in the JavaScript a page runs before then.
 */
import { colourRoles, cssVar } from '../domain/palette.ts';
import type { Theme } from '../specs/to-chartjs.ts';

export { Chart, toChartConfig } from '../specs/chartjs-setup.ts';
export { describeChange, describeState, outlineHtml, untilLabel } from '../specs/describe.ts';

/** The chart's colours, text colour, grid and font, from the page's CSS (light or dark). */
export function readTheme(el: Element): Theme {
  const css = getComputedStyle(el);
  const colours = Object.fromEntries(colourRoles.map((r) => [r, css.getPropertyValue(cssVar(r)).trim() || '#777777'])) as Theme['colours'];
  return {
    colours,
    text: css.getPropertyValue('--chart-text').trim() || css.color,
    grid: css.getPropertyValue('--chart-grid').trim() || 'rgba(128,128,128,0.25)',
    font: css.getPropertyValue('--font-sans').trim() || 'sans-serif',
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  };
}
