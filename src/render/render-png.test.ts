import { createCanvas, loadImage } from '@napi-rs/canvas';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../site/read-dataset.ts';
import { charts } from '../specs/registry.ts';
import { drawTextBlock, registerFonts, renderChartCard, renderSocialCard, rootProperties, socialCard, socialCardBase, themeFromCss, wrapText } from './render-png.ts';

// vitest empties CSS imports, so the stylesheet is read from disk here.
const theme = themeFromCss(readFileSync('src/styles/global.css', 'utf8'));
const data = readDataset(process.cwd());
const wave = charts['hiring-wave'](data, 'id').views[0]!;

/** Pixels in a region that differ from the background colour (r, g, b). */
function inkIn(pixels: Uint8ClampedArray, width: number, region: { x: number; y: number; w: number; h: number }, bg: [number, number, number]): number {
  let n = 0;
  for (let y = region.y; y < region.y + region.h; y++) {
    for (let x = region.x; x < region.x + region.w; x++) {
      const i = (y * width + x) * 4;
      if (Math.abs(pixels[i]! - bg[0]) + Math.abs(pixels[i + 1]! - bg[1]) + Math.abs(pixels[i + 2]! - bg[2]) > 30) n++;
    }
  }
  return n;
}

async function decode(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, pixels: ctx.getImageData(0, 0, image.width, image.height).data };
}

describe('themeFromCss', () => {
  it('reads the top-level :root rule and ignores the dark scheme inside @media', () => {
    const css = `/* --c-meta: #bad; */ :root { --bg: #fff; --c-meta: #004b88; /* note */ }
      @media (prefers-color-scheme: dark) { :root { --c-meta: #51abef; } }
      .x { --bg: #000; }`;
    expect([...rootProperties(css)]).toEqual([
      ['--bg', '#fff'],
      ['--c-meta', '#004b88'],
    ]);
  });
  it('takes the light scheme of global.css', () => {
    expect(theme.colours.meta).toBe('#004b88');
    expect(theme.colours.openai).toBe('#d55e00');
    expect(theme.background).toBe('#fbfaf7');
    expect(theme.text).toBe('#1b1b1b');
    expect(theme.font.startsWith("'IBM Plex Sans'")).toBe(true);
  });
  it('names the custom property a stylesheet lacks', () => {
    expect(() => themeFromCss(':root { --bg: #fff; }')).toThrow('global.css: the :root rule has no --c-openai');
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length;
  it.each([
    ['', 10, Infinity, []],
    ['one', 10, Infinity, ['one']],
    ['aaa bbb ccc', 7, Infinity, ['aaa bbb', 'ccc']],
    ['aaa  bbb\nccc', 100, Infinity, ['aaa bbb ccc']],
    ['averyveryverylongword and', 5, Infinity, ['averyveryverylongword', 'and']],
    ['aaa bbb ccc ddd', 7, 1, ['aaa…']],
    ['aaa bbb ccc ddd', 8, 2, ['aaa bbb', 'ccc ddd']],
    ['aaa bbb ccc ddd eee', 8, 2, ['aaa bbb', 'ccc ddd…']],
    ['aaa bbb ccc ddd eee', 7, 2, ['aaa bbb', 'ccc…']],
  ] as const)('wraps %j at %d (max %d lines)', (text, width, maxLines, lines) => {
    expect(wrapText(text, width, measure, maxLines)).toEqual(lines);
  });
});

describe('fonts', () => {
  /** A 600×60 canvas with only a title, drawn in the given font stack. */
  function title(stack: string, weight = 600) {
    registerFonts();
    const canvas = createCanvas(600, 60);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 600, 60);
    drawTextBlock(ctx, { text: 'Rekrutan MSL per pekan', x: 10, y: 10, width: 580, font: `${weight} 24px ${stack}`, lineHeight: 40, colour: '#000000' });
    return ctx.getImageData(0, 0, 600, 60).data;
  }
  it('draws text with the bundled IBM Plex Sans, not a fallback', () => {
    const plex = title(theme.font);
    const fallback = title("'No Such Family'");
    expect(inkIn(plex, 600, { x: 0, y: 0, w: 600, h: 60 }, [255, 255, 255])).toBeGreaterThan(500);
    // Same text in whatever the machine falls back to (DejaVu here, nothing on a bare CI image) must look different.
    let differing = 0;
    for (let i = 0; i < plex.length; i += 4) if (Math.abs(plex[i]! - fallback[i]!) > 60) differing++;
    expect(differing).toBeGreaterThan(300);
  });
});

describe('variable fonts', () => {
  const ink = (pixels: Uint8ClampedArray) => inkIn(pixels, 600, { x: 0, y: 0, w: 600, h: 60 }, [255, 255, 255]);
  /** Same text, same font, another weight: more ink when the wght axis is followed (the site serves one variable file per family). */
  function title(stack: string, weight: number) {
    registerFonts();
    const canvas = createCanvas(600, 60);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 600, 60);
    drawTextBlock(ctx, { text: 'Rekrutan MSL per pekan', x: 10, y: 10, width: 580, font: `${weight} 24px ${stack}`, lineHeight: 40, colour: '#000000' });
    return ctx.getImageData(0, 0, 600, 60).data;
  }
  it.each([
    ['IBM Plex Sans', 400, 600],
    ['Source Serif 4', 400, 700],
  ] as const)('draws %s at weight %d and %d from one variable file', (family, light, heavy) => {
    const stack = family === 'IBM Plex Sans' ? theme.font : theme.serif;
    expect(ink(title(stack, heavy))).toBeGreaterThan(ink(title(stack, light)) * 1.15);
  });
});

describe('chart images', () => {
  it('renders a chart card at 1200×750 with ink in the title, legend, plot and source regions', async () => {
    const png = await renderChartCard({ view: wave, state: {}, title: 'Rekrutan MSL per pekan', footer: 'Sumber: uji. Meja Data' }, theme);
    const { width, height, pixels } = await decode(png);
    expect([width, height]).toEqual([1200, 750]);
    const bg: [number, number, number] = [0xfb, 0xfa, 0xf7];
    expect(inkIn(pixels, width, { x: 0, y: 0, w: 1200, h: 40 }, bg)).toBe(0);
    expect(inkIn(pixels, width, { x: 40, y: 40, w: 1120, h: 50 }, bg)).toBeGreaterThan(2000); // title
    expect(inkIn(pixels, width, { x: 40, y: 95, w: 1120, h: 40 }, bg)).toBeGreaterThan(1000); // legend
    expect(inkIn(pixels, width, { x: 100, y: 150, w: 1060, h: 420 }, bg)).toBeGreaterThan(20_000); // bars
    expect(inkIn(pixels, width, { x: 40, y: 660, w: 1120, h: 50 }, bg)).toBeGreaterThan(500); // source line
  });
  it('draws the colour roles of the light scheme', async () => {
    const png = await renderChartCard({ view: wave, state: {}, title: 'x', footer: 'y' }, theme);
    const { pixels } = await decode(png);
    const seen = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4) seen.add(`#${[pixels[i]!, pixels[i + 1]!, pixels[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`);
    for (const role of ['openai', 'google', 'scale', 'apple', 'startup'] as const) expect(seen, role).toContain(theme.colours[role]);
  });
  it("draws a step's mark with the browser's stepMark plugin", async () => {
    const card = { view: wave, title: 'x', footer: 'y' };
    const plain = (await decode(await renderChartCard({ ...card, state: {} }, theme))).pixels;
    const marked = (await decode(await renderChartCard({ ...card, state: { mark: '2025-06-12', markLabel: 'Scale AI' } }, theme))).pixels;
    let differing = 0;
    for (let i = 0; i < plain.length; i += 4) if (plain[i] !== marked[i]) differing++;
    expect(differing).toBeGreaterThan(300);
  });
  it('renders the social card at 1200×630 as a JPEG', async () => {
    const jpeg = await renderSocialCard({ title: 'Yang Song dan Gelombang Rekrutmen Meta Superintelligence Labs', siteName: 'Meja Data', view: wave }, theme);
    expect(jpeg.subarray(0, 3).toString('hex')).toBe('ffd8ff');
    const { width, height, pixels } = await decode(jpeg);
    expect([width, height]).toEqual([1200, 630]);
    expect(inkIn(pixels, width, { x: 40, y: 60, w: 400, h: 60 }, [0xfb, 0xfa, 0xf7])).toBeGreaterThan(2000);
  });
  it('paints each headline over one shared base, which it leaves as it was', async () => {
    const base = socialCardBase({ siteName: 'Meja Data', view: wave }, theme);
    const before = base.getContext('2d').getImageData(0, 0, 1200, 630).data.slice();
    const first = await socialCard(base, 'Kedua', theme);
    const a = (await decode(await socialCard(base, 'Judul pertama yang cukup panjang', theme))).pixels;
    const again = await socialCard(base, 'Kedua', theme);
    // Canvases are reused between cards: nothing of the previous headline may show through.
    expect(again.equals(first), 'the same card, drawn after another one').toBe(true);
    const b = (await decode(again)).pixels;
    const after = base.getContext('2d').getImageData(0, 0, 1200, 630).data;
    expect(Buffer.from(after.buffer).equals(Buffer.from(before.buffer)), 'base unchanged').toBe(true);
    // The headlines differ in the left column; the chart on the right is the same picture (JPEG noise aside).
    const diff = (region: { x: number; y: number; w: number; h: number }) => {
      let n = 0;
      for (let y = region.y; y < region.y + region.h; y++)
        for (let x = region.x; x < region.x + region.w; x++) {
          const i = (y * 1200 + x) * 4;
          if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 30) n++;
        }
      return n;
    };
    expect(diff({ x: 40, y: 40, w: 440, h: 200 })).toBeGreaterThan(1000);
    expect(diff({ x: 560, y: 40, w: 620, h: 560 })).toBe(0);
    expect(inkIn(b, 1200, { x: 560, y: 60, w: 600, h: 480 }, [0xfb, 0xfa, 0xf7])).toBeGreaterThan(20_000);
  });
});
