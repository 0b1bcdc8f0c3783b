/**
 * What `astro build` publishes besides pages: chart images (/charts/<id>.png),
 * social images (/og/<slug>.jpg), embed pages (/embed/<id>/) and the embed
 * snippet beside each chart; and, in Chromium, that a host page running the
 * snippet sizes the iframe to the embed's height without scrollbars.
 *
 * Reads the shared production build under a sub-path (tests/setup/builds.ts:
 * BASE_PATH=/msl/, SITE_URL=https://charts.example), so absolute URLs and
 * withBase() are exercised. The Chromium part skips loudly without a browser, as
 * tests/browser/ does (CI or REQUIRE_BROWSER=1 make it fail instead).
 *
 * Run: npx vitest run tests/images
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { chartIds } from '../../src/specs/registry.ts';
import { SKIP_BROWSER, VIEWPORTS, launchBrowser, newContext } from '../browser/harness.ts';
import { BUILD_WAIT_MS, sharedBuild } from '../setup/builds.ts';

const SITE = 'https://charts.example';
const BASE = '/msl/';
const STORY = 'meta-rekrut-yang-song';
/** A story page of each edition, and where that edition's chart files live. */
const EDITIONS = [
  { page: `${STORY}/index.html`, charts: `${BASE}charts/` },
  { page: 'en/yang-song-meta-hiring-wave/index.html', charts: `${BASE}en/charts/` },
] as const;
const BG: [number, number, number] = [0xfb, 0xfa, 0xf7];

let dist = '';
let hostDir = '';

beforeAll(async () => {
  const build = await sharedBuild('sub');
  expect([build.base, build.site]).toEqual([BASE, SITE]);
  dist = build.root;
  hostDir = mkdtempSync(join(tmpdir(), 'msl-embed-host-'));
}, BUILD_WAIT_MS);

afterAll(() => {
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(dist, path));
const html = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The file in dist/ that a site URL under BASE points at. */
const inDist = (url: string) => join(dist, url.slice(BASE.length));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function pixels(bytes: Buffer) {
  const image = await loadImage(bytes);
  const ctx = createCanvas(image.width, image.height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height).data;
}

/** Pixels of a region (default: all) unlike the page background, and distinct colours overall. */
function ink(data: Uint8ClampedArray, width: number, region?: { x: number; y: number; w: number; h: number }): number {
  const { x, y, w, h } = region ?? { x: 0, y: 0, w: width, h: data.length / 4 / width };
  let n = 0;
  for (let row = y; row < y + h; row++) {
    for (let col = x; col < x + w; col++) {
      const i = (row * width + col) * 4;
      if (Math.abs(data[i]! - BG[0]) + Math.abs(data[i + 1]! - BG[1]) + Math.abs(data[i + 2]! - BG[2]) > 30) n++;
    }
  }
  return n;
}

function distinctColours(data: Uint8ClampedArray): number {
  const seen = new Set<number>();
  for (let i = 0; i < data.length; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return seen.size;
}

/** The text of the first <textarea> in a page, entities decoded. */
function textareaText(page: string): string {
  const m = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(page);
  if (!m) throw new Error('no <textarea> in the page');
  return m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('chart images', () => {
  it.each(chartIds)('/charts/%s.png is a 1200×750 PNG with a chart, a title and a source line', async (id) => {
    const bytes = read(`charts/${id}.png`);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 750 });
    const data = await pixels(bytes);
    expect(distinctColours(data)).toBeGreaterThan(50);
    expect(ink(data, 1200) / (1200 * 750)).toBeGreaterThan(0.05);
    expect(ink(data, 1200, { x: 40, y: 40, w: 1120, h: 48 }), 'title').toBeGreaterThan(2000);
    expect(ink(data, 1200, { x: 40, y: 640, w: 1120, h: 80 }), 'source line').toBeGreaterThan(1000);
  });

  it.each(chartIds)('/charts/%s.narrow.png is the same chart at 780×1000 for phones, with its title and source line', async (id) => {
    const bytes = read(`charts/${id}.narrow.png`);
    expect(pngSize(bytes)).toEqual({ width: 780, height: 1000 });
    const data = await pixels(bytes);
    expect(distinctColours(data)).toBeGreaterThan(50);
    expect(ink(data, 780, { x: 40, y: 40, w: 700, h: 48 }), 'title').toBeGreaterThan(2000);
    expect(ink(data, 780, { x: 40, y: 880, w: 700, h: 100 }), 'source line').toBeGreaterThan(1000);
  });

  it('offers phones the narrow picture, in both editions', () => {
    for (const { page, charts } of EDITIONS) {
      const sources = [...html(page).matchAll(/<source media="\(max-width: 40em\)" srcset="([^"]+)" width="780" height="1000">/g)].map((m) => m[1]!);
      expect(sources.length, page).toBeGreaterThan(0);
      for (const src of sources) {
        expect(src.startsWith(charts) && src.endsWith('.narrow.png'), src).toBe(true);
        expect(existsSync(inDist(src)), src).toBe(true);
      }
    }
  });

  it('is what every story page shows without JavaScript', () => {
    const page = html(`${STORY}/index.html`);
    const srcs = [...page.matchAll(/<img class="chart-fallback" src="([^"]+)"[^>]*width="1200" height="750"/g)].map((m) => m[1]!);
    expect(srcs.length).toBeGreaterThan(0);
    for (const src of srcs) {
      expect(src.startsWith(`${BASE}charts/`), src).toBe(true);
      expect(existsSync(inDist(src)), src).toBe(true);
    }
  });

  it(`/og/${STORY}.jpg is a 1200×630 JPEG with the headline drawn beside the chart`, async () => {
    const bytes = read(`og/${STORY}.jpg`);
    expect(bytes.subarray(0, 3).toString('hex'), 'JPEG signature').toBe('ffd8ff');
    const image = await loadImage(bytes);
    expect([image.width, image.height]).toEqual([1200, 630]);
    const data = await pixels(bytes);
    expect(distinctColours(data)).toBeGreaterThan(50);
    expect(ink(data, 1200, { x: 40, y: 60, w: 400, h: 60 }), 'headline').toBeGreaterThan(2000);
    expect(ink(data, 1200, { x: 560, y: 60, w: 600, h: 480 }), 'chart').toBeGreaterThan(20_000);
  });

  it("points each chart at its edition's views and tooltip files under the base path, and keeps the data and the names out of the page", () => {
    for (const { page, charts } of EDITIONS) {
      const payloads = [...html(page).matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as { views: string; details: string });
      expect(payloads.length, page).toBeGreaterThan(0);
      for (const { views: viewsUrl, details } of payloads) {
        expect(viewsUrl.startsWith(charts) && viewsUrl.endsWith('.views.json'), viewsUrl).toBe(true);
        expect(details.startsWith(charts) && details.endsWith('.details.json'), details).toBe(true);
        expect(viewsUrl.replace(/\.views\.json$/, ''), 'both files of one chart').toBe(details.replace(/\.details\.json$/, ''));
        const { views } = JSON.parse(readFileSync(inDist(viewsUrl), 'utf8')) as { views: { key: string }[] };
        const file = JSON.parse(readFileSync(inDist(details), 'utf8')) as Record<string, string[][]>;
        expect(Object.keys(file).sort()).toEqual(views.map((v) => v.key).sort());
        for (const view of views) expect(view, 'tooltip names belong in the details file').not.toHaveProperty('details');
        for (const view of views) expect(view, 'the table is in the page as HTML').not.toHaveProperty('table');
      }
    }
    expect(read('charts/hiring-wave.details.json').toString('utf8')).toContain('Alexandr Wang');
  });

  it('every story has its own social card, and its page and feed point at it', () => {
    const page = html(`${STORY}/index.html`);
    expect(page).toContain(`<meta property="og:image" content="${SITE}${BASE}og/${STORY}.jpg">`);
    expect(html('rss.xml')).toContain(`${SITE}${BASE}og/${STORY}.jpg`);
    const cards = (readdirSync(join(dist, 'og'), { recursive: true }) as string[]).filter((f) => f.endsWith('.jpg'));
    expect(cards.length).toBeGreaterThanOrEqual(3);
    // One picture per story: the headline differs, so the files do.
    expect(new Set(cards.map((f) => read(`og/${f}`).toString('base64'))).size).toBe(cards.length);
  });
});

describe('embed pages', () => {
  it.each(chartIds)('/embed/%s/ holds the figure alone, in Indonesian, out of search results', (id) => {
    const page = html(`embed/${id}/index.html`);
    expect(page).toContain('<html lang="id"');
    expect(page).toMatch(/<meta name="robots" content="noindex"/);
    expect(page).toMatch(new RegExp(`<chart-figure[^>]*data-chart-id="${id}"`));
    expect(page).toContain('<canvas');
    expect(page).not.toContain('site-header');
    expect(page).not.toContain('site-footer');
    expect(page).toMatch(/<title>[^<]+ · Meja Data<\/title>/);
    expect(page).toMatch(/<script type="module"/);
  });

  it('links back to the story that shows the chart', () => {
    expect(html('embed/hiring-wave/index.html')).toContain(`href="${BASE}${STORY}/"`);
  });

  it('loads its scripts from files, none inline (CSP)', () => {
    const page = html('embed/hiring-wave/index.html');
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs!));
    const inline = scripts.filter(([, attrs, body]) => !/\bsrc=/.test(attrs!) && body!.trim() !== '');
    expect(
      inline.map(([, , body]) => body!.slice(0, 80)),
      'Astro inlines small scripts: set vite.build.assetsInlineLimit to refuse .js in astro.config.mjs',
    ).toEqual([]);
  });
});

describe('embed snippet', () => {
  it('offers an iframe of the absolute embed URL and a listener that trusts only that origin', () => {
    const page = html(`${STORY}/index.html`);
    expect(page.match(/<details class="chart-embed"/g)?.length).toBe(page.match(/<chart-figure/g)?.length);
    const code = textareaText(page);
    expect(code).toMatch(new RegExp(`^<iframe src="${SITE}${BASE}embed/[a-z-]+/" title="[^"]+" width="100%" height="520" style="border:0" loading="lazy"></iframe>\\n<script>`));
    expect(code).toContain(`e.origin!=="${SITE}"`);
    expect(code).toContain('"msl-embed-height"');
  });
});

describe.skipIf(SKIP_BROWSER)('embed in a host page (Chromium)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  let host: Awaited<ReturnType<typeof serveDist>>;

  beforeAll(async () => {
    server = await serveDist({ root: dist, base: BASE });
    host = await serveDist({ root: hostDir, base: '/' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await server?.close();
  });

  interface Fit {
    iframe: number;
    content: number;
    scrollsY: boolean;
    scrollsX: boolean;
  }

  async function fit(page: Page, frame: Frame): Promise<Fit> {
    const iframe = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => {
      const el = document.documentElement;
      return { content: el.getBoundingClientRect().height, scrollsY: el.scrollHeight > el.clientHeight, scrollsX: el.scrollWidth > el.clientWidth };
    });
    return { iframe, ...inner };
  }

  /** Polls until the iframe's height matches its content (±2 px) and the height passes `ok`. */
  async function settleFit(page: Page, frame: Frame, ok: (f: Fit) => boolean = () => true): Promise<Fit> {
    const started = Date.now();
    let last = await fit(page, frame);
    while (!(Math.abs(last.iframe - last.content) <= 2 && ok(last)) && Date.now() - started < 10_000) {
      await page.waitForTimeout(100);
      last = await fit(page, frame);
    }
    return last;
  }

  it.each(VIEWPORTS)('sizes the iframe to the embed at $width px, and again when the data table opens', async (viewport) => {
    const snippet = textareaText(html(`${STORY}/index.html`)).replaceAll(SITE, server.origin);
    const context = await newContext(browser, viewport);
    const page = await context.newPage();
    // The host page is another origin (another port), as on a publisher's site. It is served from
    // 127.0.0.1 too: a page from a public-looking or routed origin trips Chromium's local network access checks.
    writeFileSync(join(hostDir, 'index.html'), `<!doctype html><html><body style="margin:0;padding:16px"><p>Host article</p>${snippet}<p>After</p></body></html>`);
    await page.goto(host.url);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    expect(frame, 'iframe content').not.toBeNull();
    await frame!.waitForSelector('canvas[data-state]', { timeout: 10_000 });

    const first = await settleFit(page, frame!, (f) => f.iframe !== 520);
    expect(Math.abs(first.iframe - first.content), JSON.stringify(first)).toBeLessThanOrEqual(2);
    expect(first.iframe).not.toBe(520);
    expect(first.scrollsY, 'vertical scrollbar in the iframe').toBe(false);
    expect(first.scrollsX, 'horizontal scrollbar in the iframe').toBe(false);

    await frame!.click('.chart-data summary');
    const opened = await settleFit(page, frame!, (f) => f.iframe > first.iframe + 50);
    expect(opened.iframe, JSON.stringify(opened)).toBeGreaterThan(first.iframe + 50);
    expect(Math.abs(opened.iframe - opened.content)).toBeLessThanOrEqual(2);
    expect(opened.scrollsY).toBe(false);
    await context.close();
  });
});
