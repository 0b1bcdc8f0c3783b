/**
 * Chart images at build time: a chart view and a step state drawn with
 * Chart.js on @napi-rs/canvas, through the same toChartConfig() and the same
 * registered pieces (chartjs-setup.ts) as the browser: chart pictures as PNG
 * (src/pages/charts/), social cards as JPEG (src/pages/og/).
 *
 * Colours and font stacks come from the light scheme in global.css, the one
 * place they are written: callers pass its text to themeFromCss() (the
 * endpoints import it with `?raw`; vitest empties CSS imports, so tests read
 * the file). Fonts are the site's own woff2 files from @fontsource,
 * registered with Skia: without them, canvas text falls back to whatever the
 * build machine has installed, or to nothing at all.
 *
 * Everything is laid out in CSS pixels and drawn at `scale` device pixels per
 * CSS pixel, so a 1200×750 image reads like a 600×375 chart on a 2x screen,
 * with the same 12 px tick labels as the page.
 */
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Plugin } from 'chart.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Chart } from './chartjs-setup.ts';
import { colourRoles, cssVar } from './palette.ts';
import { toChartConfig, type Theme } from './to-chartjs.ts';
import type { ChartView, StepState } from './types.ts';

export interface PngTheme extends Theme {
  background: string;
  muted: string;
  /** Font stack for headlines (the site's serif). */
  serif: string;
}

export interface PngSize {
  /** Output size in device pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  scale: number;
}

export const CHART_PNG: PngSize = { width: 1200, height: 750, scale: 2 };
/** The same chart for phones (390×500 CSS px): the wide picture scaled to a phone's width made its text 4 px high. */
export const CHART_PNG_NARROW: PngSize = { width: 780, height: 1000, scale: 2 };
export const SOCIAL_PNG: PngSize = { width: 1200, height: 630, scale: 2 };

/** The woff2 files the site serves (global.css), by package; Skia reads woff2 and woff alike. */
const FONT_FILES = [
  ['@fontsource/ibm-plex-sans', 'ibm-plex-sans-latin-400-normal.woff2'],
  ['@fontsource/ibm-plex-sans', 'ibm-plex-sans-latin-600-normal.woff2'],
  ['@fontsource/source-serif-4', 'source-serif-4-latin-700-normal.woff2'],
] as const;

let fontsRegistered = false;

/** Registers the bundled fonts with Skia once; throws if a file is missing or unreadable. */
export function registerFonts(): void {
  if (fontsRegistered) return;
  const require = createRequire(import.meta.url);
  for (const [pkg, file] of FONT_FILES) {
    // The packages export only CSS: find the folder through their main file.
    const path = join(dirname(require.resolve(pkg)), 'files', file);
    if (!GlobalFonts.registerFromPath(path)) throw new Error(`Could not register the font ${path} for chart images.`);
  }
  fontsRegistered = true;
}

/** Custom properties declared in the top-level `:root { … }` rule (not the ones inside @media). */
export function rootProperties(css: string): Map<string, string> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const props = new Map<string, string>();
  let depth = 0;
  let selectorStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      if (depth === 0 && text.slice(selectorStart, i).trim() === ':root') {
        const end = text.indexOf('}', i);
        for (const m of text.slice(i + 1, end).matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) props.set(m[1]!, m[2]!.trim());
      }
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) selectorStart = i + 1;
    } else if (c === ';' && depth === 0) selectorStart = i + 1;
  }
  return props;
}

/** The light scheme of a stylesheet as a chart theme; throws naming any custom property it lacks. */
export function themeFromCss(css: string): PngTheme {
  const props = rootProperties(css);
  const need = (name: string): string => {
    const value = props.get(name);
    if (!value) throw new Error(`global.css: the :root rule has no ${name}, which the chart images need.`);
    // Follow var(--x) references to the value they name.
    const ref = /^var\((--[\w-]+)\)$/.exec(value);
    return ref ? need(ref[1]!) : value;
  };
  const colours = Object.fromEntries(colourRoles.map((r) => [r, need(cssVar(r))])) as Theme['colours'];
  return {
    colours,
    // The same properties chart-figure.ts reads in the browser.
    text: need('--chart-text'),
    grid: need('--chart-grid'),
    font: need('--font-sans'),
    serif: need('--font-serif'),
    background: need('--bg'),
    muted: need('--muted'),
    reducedMotion: true,
  };
}

/** Splits text into lines no wider than maxWidth (greedy, at spaces); the last kept line ends in "…" if text is cut. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.includes(' ') && measure(`${last}…`) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

export interface TextBlock {
  text: string;
  x: number;
  /** Top of the first line. */
  y: number;
  width: number;
  /** CSS font shorthand, e.g. `600 18px 'IBM Plex Sans', sans-serif`. */
  font: string;
  lineHeight: number;
  colour: string;
  maxLines?: number;
}

/** Draws wrapped text; returns the y below its last line. */
export function drawTextBlock(ctx: SKRSContext2D, block: TextBlock): number {
  ctx.save();
  ctx.font = block.font;
  ctx.fillStyle = block.colour;
  ctx.textBaseline = 'middle';
  const lines = wrapText(block.text, block.width, (s) => ctx.measureText(s).width, block.maxLines);
  lines.forEach((line, i) => ctx.fillText(line, block.x, block.y + (i + 0.5) * block.lineHeight));
  ctx.restore();
  return block.y + lines.length * block.lineHeight;
}

/** Legend entries as the page shows them (ChartFigure.astro): one per series, and only for two or more. */
function legendItems(view: ChartView, theme: PngTheme) {
  if (view.series.length < 2) return [];
  return view.series.map((s) => ({ label: s.label, colour: theme.colours[Array.isArray(s.colour) ? 'other' : s.colour], light: s.tone === 'light' }));
}

/** Draws the legend in rows from (x, y) within `width`, or just measures it; returns the y below it. */
function drawLegend(ctx: SKRSContext2D, view: ChartView, theme: PngTheme, x: number, y: number, width: number, paint = true): number {
  const items = legendItems(view, theme);
  if (items.length === 0) return y;
  const swatch = 10;
  const row = 18;
  ctx.save();
  ctx.font = `400 12px ${theme.font}`;
  ctx.textBaseline = 'middle';
  let cx = x;
  let cy = y;
  for (const item of items) {
    const w = swatch + 5 + ctx.measureText(item.label).width;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += row;
    }
    if (paint) {
      ctx.globalAlpha = item.light ? 0.4 : 1;
      ctx.fillStyle = item.colour;
      ctx.fillRect(cx, cy + (row - swatch) / 2, swatch, swatch);
      ctx.globalAlpha = 1;
      if (item.light) {
        ctx.strokeStyle = item.colour;
        ctx.lineWidth = 1.5;
        ctx.strokeRect(cx + 0.75, cy + (row - swatch) / 2 + 0.75, swatch - 1.5, swatch - 1.5);
      }
      ctx.fillStyle = theme.text;
      ctx.fillText(item.label, cx + swatch + 5, cy + row / 2);
    }
    cx += w + 14;
  }
  ctx.restore();
  return cy + row;
}

interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Draws a chart with toChartConfig() into the padded middle of a canvas of
 * `size`; `decorate` paints titles and notes around it (CSS pixels). Returns
 * the picture on a canvas of its own (Chart.js clears its canvas when it is
 * destroyed).
 */
function drawWithChart(
  view: ChartView,
  state: StepState,
  theme: PngTheme,
  size: PngSize,
  padding: (ctx: SKRSContext2D) => Padding,
  decorate: (ctx: SKRSContext2D) => void,
): Canvas {
  registerFonts();
  const canvas = createCanvas(size.width / size.scale, size.height / size.scale);
  const pad = padding(canvas.getContext('2d'));
  const config = toChartConfig(view, state, { ...theme, reducedMotion: true });
  const frame: Plugin = {
    id: 'pngFrame',
    beforeDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = theme.background;
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    },
    afterDraw(chart) {
      decorate(chart.ctx as unknown as SKRSContext2D);
    },
  };
  // Chart.js takes the canvas size as the CSS size and multiplies it by devicePixelRatio.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: size.scale, events: [], layout: { padding: pad } },
    plugins: [frame],
  } as never);
  try {
    if (canvas.width !== size.width || canvas.height !== size.height) {
      throw new Error(`Chart image came out ${canvas.width}×${canvas.height}, expected ${size.width}×${size.height}.`);
    }
    const copy = createCanvas(size.width, size.height);
    copy.getContext('2d').drawImage(canvas, 0, 0);
    return copy;
  } finally {
    chart.destroy();
  }
}

export interface ChartCard {
  view: ChartView;
  state: StepState;
  title: string;
  /** Line at the bottom: sources, and the site name. */
  footer: string;
}

const MARGIN = 20;

/** A chart as a standalone picture: title, legend, the chart, the source line. */
export function renderChartCard(card: ChartCard, theme: PngTheme, size: PngSize = CHART_PNG): Promise<Buffer> {
  const width = size.width / size.scale;
  const height = size.height / size.scale;
  const inner = width - 2 * MARGIN;
  const title = { text: card.title, x: MARGIN, y: MARGIN, width: inner, font: `600 18px ${theme.font}`, lineHeight: 24, colour: theme.text, maxLines: 2 };
  const footer = { text: card.footer, x: MARGIN, y: 0, width: inner, font: `400 11px ${theme.font}`, lineHeight: 15, colour: theme.muted, maxLines: 2 };
  let legendTop = 0;
  let footerTop = 0;
  const canvas = drawWithChart(
    card.view,
    card.state,
    theme,
    size,
    (ctx) => {
      ctx.font = title.font;
      legendTop = title.y + wrapText(title.text, inner, (s) => ctx.measureText(s).width, title.maxLines).length * title.lineHeight + 6;
      const chartTop = drawLegend(ctx, card.view, theme, MARGIN, legendTop, inner, false) + 8;
      ctx.font = footer.font;
      footerTop = height - MARGIN + 4 - wrapText(footer.text, inner, (s) => ctx.measureText(s).width, footer.maxLines).length * footer.lineHeight;
      return { top: chartTop, right: MARGIN, bottom: height - footerTop + 10, left: MARGIN - 6 };
    },
    (ctx) => {
      drawTextBlock(ctx, title);
      drawLegend(ctx, card.view, theme, MARGIN, legendTop, inner);
      drawTextBlock(ctx, { ...footer, y: footerTop });
    },
  );
  return canvas.encode('png');
}

export interface SocialCard {
  /** The story's headline. */
  title: string;
  siteName: string;
  view: ChartView;
}

/** JPEG quality of social cards: flat colours and text stay clean, and it encodes about 3x faster than PNG. */
const SOCIAL_JPEG_QUALITY = 90;

const columnOf = (width: number) => Math.round(width * 0.42);

/**
 * Everything on a social card but the headline: the top rule, the
 * hiring-wave chart and the site name. It depends only on the edition, so
 * the /og/ endpoint draws it once per locale and paints each story's
 * headline over a copy (socialCard).
 */
export function socialCardBase(card: Omit<SocialCard, 'title'>, theme: PngTheme, size: PngSize = SOCIAL_PNG): Canvas {
  const width = size.width / size.scale;
  const height = size.height / size.scale;
  const column = columnOf(width);
  return drawWithChart(
    card.view,
    {},
    theme,
    size,
    () => ({ top: MARGIN + 4, right: MARGIN, bottom: MARGIN, left: column + MARGIN }),
    (ctx) => {
      ctx.save();
      ctx.fillStyle = theme.colours.meta;
      ctx.fillRect(0, 0, width, 5);
      ctx.restore();
      drawTextBlock(ctx, { text: card.siteName, x: MARGIN, y: height - MARGIN - 18, width: column - MARGIN, font: `600 14px ${theme.font}`, lineHeight: 18, colour: theme.muted, maxLines: 1 });
    },
  );
}

/**
 * Canvases that finished encoding, by size, for the next card: a 1200×630
 * canvas is 3 MB outside the JS heap, and allocating one per card (1,000 in
 * a large build) made the garbage collector run for the allocations alone.
 * A canvas is taken while its card is drawn and encoded, so cards rendered
 * concurrently (astro.config.mjs, build.concurrency) never share one.
 */
const idle = new Map<string, Canvas[]>();

/** A story's social card (1200×630 JPEG): the headline in the left column of a base from socialCardBase(). */
export async function socialCard(base: Canvas, title: string, theme: PngTheme, size: PngSize = SOCIAL_PNG): Promise<Buffer> {
  registerFonts();
  const key = `${size.width}x${size.height}`;
  const canvas = idle.get(key)?.pop() ?? createCanvas(size.width, size.height);
  try {
    const ctx = canvas.getContext('2d');
    ctx.save();
    // The base is opaque and as large as the card: drawing it replaces the previous card entirely.
    ctx.drawImage(base, 0, 0);
    ctx.scale(size.scale, size.scale);
    const column = columnOf(size.width / size.scale);
    drawTextBlock(ctx, { text: title, x: MARGIN, y: MARGIN + 8, width: column - MARGIN, font: `700 25px ${theme.serif}`, lineHeight: 31, colour: theme.text, maxLines: 6 });
    ctx.restore();
    return await canvas.encode('jpeg', SOCIAL_JPEG_QUALITY);
  } finally {
    idle.set(key, [...(idle.get(key) ?? []), canvas]);
  }
}

/** One social card from scratch (tests and one-offs; the endpoint reuses the base). */
export function renderSocialCard(card: SocialCard, theme: PngTheme, size: PngSize = SOCIAL_PNG): Promise<Buffer> {
  return socialCard(socialCardBase(card, theme, size), card.title, theme, size);
}
