/**
 * The only module that imports Chart.js. Loaded with import() when a chart
 * nears the viewport; registers just the pieces the charts use (bars on
 * category/linear scales, tooltips; the unit chart is bars on a linear grid)
 * plus the step marker and the unit chart's labels below. It also brings what only a drawn
 * chart needs (its config, its description), so that none of it is in the
 * JavaScript a page runs before then.
 *
 * Every label these plugins draw is placed inside the plot area and clear of
 * the labels drawn before it (placeLabel), and its box is kept on the chart
 * as `$labels` (CSS pixels), which the browser tests read.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from 'chart.js';
import { placeLabel, type Box } from './place-label.ts';
import { UNIT_TILE, type UnitLabels } from './to-chartjs.ts';

export { describeChange, describeState } from './describe.ts';
export { toChartConfig } from './to-chartjs.ts';

interface MarkOptions {
  index: number;
  label: string;
  color: string;
  font: string;
}

export interface DrawnLabel extends Box {
  text: string;
  kind: 'mark' | 'heading' | 'note';
}

type WithLabels = Chart & { $labels?: DrawnLabel[] };

const LABEL_HEIGHT = 16;

/** Writes a label (one or more lines) in its box, on a halo of the page's background so a rule or a mark under it does not cut it. */
function paint(ctx: CanvasRenderingContext2D, box: Box, text: string | string[], color: string, font: string, weight = 600) {
  const lines = Array.isArray(text) ? text : [text];
  ctx.save();
  ctx.setLineDash([]);
  ctx.font = `${weight} 12px ${font}`;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 4;
  ctx.strokeStyle = getComputedBackground(ctx);
  ctx.fillStyle = color;
  lines.forEach((line, k) => {
    const y = box.y + (k + 0.5) * (box.h / lines.length);
    ctx.strokeText(line, box.x, y);
    ctx.fillText(line, box.x, y);
  });
  ctx.restore();
}

/** A note on two lines, cut at the space that makes the longer line shortest, when one line is wider than `room`. */
function fitLines(text: string, room: number, measure: (s: string) => number): string[] {
  if (measure(text) <= room) return [text];
  let best: string[] = [text];
  let widest = Infinity;
  for (let k = text.indexOf(' '); k > 0; k = text.indexOf(' ', k + 1)) {
    const lines = [text.slice(0, k), text.slice(k + 1)];
    const w = Math.max(...lines.map(measure));
    if (w < widest) [best, widest] = [lines, w];
  }
  return best;
}

/** The figure's background behind the canvas (the browser), white where there is none (build-time pictures paint their own). */
function getComputedBackground(ctx: CanvasRenderingContext2D): string {
  const canvas = ctx.canvas as HTMLCanvasElement | undefined;
  if (typeof getComputedStyle === 'function' && canvas && 'isConnected' in canvas && canvas.isConnected) {
    const bg = getComputedStyle(canvas).getPropertyValue('--bg').trim();
    if (bg) return bg;
  }
  return '#ffffff';
}

/** Draws a dashed rule at the category a step marks ("12 Juni: Scale AI"), its label beside it on whichever side has room. */
const stepMark: Plugin<'bar', MarkOptions | null> & { id: string } = {
  id: 'stepMark',
  afterDatasetsDraw(chart, _args, opts) {
    if (!opts || typeof opts.index !== 'number' || opts.index < 0) return;
    const labels = ((chart as WithLabels).$labels ??= []);
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
    ctx.restore();
    if (!opts.label) return;
    ctx.save();
    ctx.font = `600 12px ${opts.font}`;
    const w = ctx.measureText(opts.label).width;
    ctx.restore();
    // Right of the rule, else left of it, never across it; inside the plot area.
    const box = placeLabel({ w, h: LABEL_HEIGHT }, [
      { x: at + 6, y: chartArea.top + 2 },
      { x: at - 6 - w, y: chartArea.top + 2 },
      { x: at + 6, y: chartArea.top + 4 + LABEL_HEIGHT },
      { x: at - 6 - w, y: chartArea.top + 4 + LABEL_HEIGHT },
    ], chartArea, []);
    paint(ctx, box, opts.label, opts.color, opts.font);
    labels.push({ ...box, text: opts.label, kind: 'mark' });
  },
};

/** The unit chart's band headings and the notes beside highlighted marks. */
const unitLabels: Plugin<'bar', UnitLabels | null> & { id: string } = {
  id: 'unitLabels',
  afterDatasetsDraw(chart, _args, opts) {
    if (!opts || !Array.isArray(opts.headings)) return;
    const labels = ((chart as WithLabels).$labels ??= []);
    const { ctx, chartArea, scales } = chart;
    const x = scales['x']!;
    const y = scales['y']!;
    // Half a tile's width: notes start beside the tile.
    const radius = (Math.abs(x.getPixelForValue(1) - x.getPixelForValue(0)) * UNIT_TILE.width) / 2;
    ctx.save();
    ctx.font = `600 12px ${opts.font}`;
    const measure = (s: string) => ctx.measureText(s).width;
    ctx.restore();
    for (const h of opts.headings) {
      const w = measure(h.text);
      const box = placeLabel({ w, h: LABEL_HEIGHT }, [{ x: x.getPixelForValue(-0.5) + 2, y: y.getPixelForValue(h.row) - LABEL_HEIGHT / 2 }], chartArea, labels);
      paint(ctx, box, h.text, opts.color, opts.font, 700);
      labels.push({ ...box, text: h.text, kind: 'heading' });
    }
    for (const n of opts.notes) {
      const cx = x.getPixelForValue(n.col);
      // Too long for the room right of its mark (a phone): two lines.
      const lines = fitLines(n.text, chartArea.right - (cx + radius + 6), measure);
      const w = Math.max(...lines.map(measure));
      const h = LABEL_HEIGHT * lines.length - (lines.length - 1) * 2;
      const cy = y.getPixelForValue(n.row) - h / 2;
      const box = placeLabel({ w, h }, [
        { x: cx + radius + 6, y: cy },
        { x: cx - radius - 6 - w, y: cy },
        { x: cx - w / 2, y: cy - radius - h },
        { x: cx - w / 2, y: cy + radius + h },
      ], chartArea, labels);
      paint(ctx, box, lines, opts.color, opts.font);
      labels.push({ ...box, text: n.text, kind: 'note' });
    }
  },
};

/** Forgets the labels of the last draw before each draw (Chart.js skips a plugin whose options are null, as these are on charts without them). */
const labelBoxes: Plugin & { id: string } = {
  id: 'labelBoxes',
  beforeDraw(chart) {
    (chart as WithLabels).$labels = [];
  },
};

// Chart.js types plugins per chart type; each of these draws only where its options are set.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, labelBoxes, stepMark as Plugin, unitLabels as Plugin);

export { Chart };
