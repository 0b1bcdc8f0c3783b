/**
 * The only module that imports Chart.js. Loaded with import() when a chart
 * nears the viewport; registers just the pieces the charts use (bars on
 * category/linear scales, tooltips) plus the step marker below. It also
 * brings what only a drawn chart needs (its config, its description), so
 * that none of it is in the JavaScript a page runs before then.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from 'chart.js';

export { describeChange, describeState } from './describe.ts';
export { toChartConfig } from './to-chartjs.ts';

interface MarkOptions {
  index: number;
  label: string;
  color: string;
  font: string;
}

/** Draws a dashed rule at the category a step marks ("12 Juni: Scale AI"). */
const stepMark: Plugin<'bar', MarkOptions | null> & { id: string } = {
  id: 'stepMark',
  afterDatasetsDraw(chart, _args, opts) {
    if (!opts || opts.index < 0) return;
    const { ctx, chartArea, scales } = chart;
    const axis = chart.options.indexAxis === 'y' ? scales['y'] : scales['x'];
    if (!axis) return;
    const at = axis.getPixelForValue(opts.index);
    ctx.save();
    ctx.strokeStyle = opts.color;
    ctx.setLineDash([4, 3]);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(at, chartArea.top);
    ctx.lineTo(at, chartArea.bottom);
    ctx.stroke();
    if (opts.label) {
      ctx.setLineDash([]);
      ctx.fillStyle = opts.color;
      ctx.font = `600 12px ${opts.font}`;
      const width = ctx.measureText(opts.label).width;
      const x = Math.min(Math.max(at + 6, chartArea.left), chartArea.right - width);
      ctx.fillText(opts.label, x, chartArea.top + 12);
    }
    ctx.restore();
  },
};

// Chart.js types plugins per chart type; this one only draws on bar charts.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, stepMark as Plugin);

export { Chart };
