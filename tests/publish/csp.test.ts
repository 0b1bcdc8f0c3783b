/**
 * Every built page works under the headers of public/_headers (as Cloudflare
 * Pages combines them; headers.test.ts shows Netlify ends up the same): headless
 * Chromium loads each page from a local server that sets them, scrolls to the
 * bottom so every chart loads and draws, and records `securitypolicyviolation`
 * events, console errors, uncaught exceptions and failed requests; there must
 * be none. Controls: an injected inline script is blocked (the policy is
 * really enforced), an embed loads inside an iframe on another origin, and an
 * ordinary page refuses to be framed.
 *
 * Then the same pages from a server that sends no Content-Security-Policy at
 * all, as GitHub Pages and S3 serve them: the <meta> policy Astro writes
 * (security.csp in astro.config.mjs) must hold on its own. Every page has it
 * and loads without a violation, and markup that slipped into a page's HTML
 * (an inline <script>, an onerror handler, a javascript: link, a <style>)
 * does not run.
 *
 * Needs Chromium (tests/browser/env.ts: CHROME_PATH, else chromium-headless-shell or chromium): skipped loudly
 * without it, a failure under CI=1 or REQUIRE_BROWSER=1 (tests/browser/env.ts).
 * Run: npx vitest run tests/publish/csp.test.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { BROWSER_REQUIRED, CHROME_ARGS, CHROME_PATH, HAS_CHROMIUM, SKIP_BROWSER, missingBrowserBanner, missingBrowserError, SLOW_MS } from '../browser/env.ts';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { parseHeadersFile, serveWithHeaders, type HeaderServer } from './headers-file.ts';
import { builtSite, listFiles, type BuiltSite } from './site.ts';

if (SKIP_BROWSER) console.warn(missingBrowserBanner().replace('The scrollytelling, accessibility (axe), no-JS and keyboard tests', 'The CSP test (tests/publish/csp.test.ts)'));

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

interface Seen {
  violations: Violation[];
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

declare global {
  interface Window {
    __cspViolations: Violation[];
    __inlineRan?: boolean;
    __handlerRan?: boolean;
    __linkRan?: boolean;
  }
}

/** Starts recording before any of the page's own code runs. */
async function watch(page: Page): Promise<Seen> {
  const seen: Seen = { violations: [], consoleErrors: [], pageErrors: [], failedRequests: [] };
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        sample: e.sample,
      });
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') seen.consoleErrors.push(`${msg.text()}  (at ${msg.location().url}:${msg.location().lineNumber})`);
  });
  page.on('pageerror', (err) => seen.pageErrors.push(err.stack ?? String(err)));
  page.on('requestfailed', (req) => seen.failedRequests.push(`${req.resourceType()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`));
  page.on('response', (res) => {
    if (res.status() >= 400) seen.failedRequests.push(`${res.request().resourceType()} ${res.url()}: HTTP ${res.status()}`);
  });
  return seen;
}

/** Scrolls to the bottom a screen at a time, so every lazily loaded chart loads, then back to the top. */
async function scrollThrough(page: Page): Promise<void> {
  for (let y = 0; ; ) {
    const { height, inner } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, inner: window.innerHeight }));
    if (y >= height) break;
    y += inner;
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await page.waitForTimeout(150);
  }
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}

function report(url: string, seen: Seen, policy = 'the _headers CSP'): string {
  const list = (title: string, items: string[]) => (items.length ? `  ${title} (${items.length}):\n${items.map((i) => `    - ${i}`).join('\n')}` : null);
  return [
    `Problems on ${url} under ${policy}:`,
    list(
      'CSP violations',
      seen.violations.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}${v.sample ? ` sample: ${v.sample}` : ''}`),
    ),
    list('console errors', seen.consoleErrors),
    list('uncaught exceptions', seen.pageErrors),
    list('failed requests', seen.failedRequests),
  ]
    .filter(Boolean)
    .join('\n');
}

// The shared build, awaited at collection time, so each page is its own test.
const site: BuiltSite | null = SKIP_BROWSER ? null : await builtSite('/');
const pages = site
  ? listFiles(site.root)
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.replace(/(^|\/)index\.html$/, '$1'))
  : [];

describe.skipIf(SKIP_BROWSER)('the site under the _headers CSP in Chromium', { concurrent: true }, () => {
  let server: HeaderServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!HAS_CHROMIUM) throw missingBrowserError();
    const rules = parseHeadersFile(readFileSync(join(site!.root, '_headers'), 'utf8'));
    server = await serveWithHeaders({ root: site!.root, base: site!.base, rules, host: 'cloudflare' });
    browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds the pages to check', ({ expect }) => {
    if (BROWSER_REQUIRED) expect(HAS_CHROMIUM).toBe(true);
    expect(pages).toContain('');
    expect(pages.some((p) => p.startsWith('embed/')), 'an embed page').toBe(true);
    expect(pages.filter((p) => readFileSync(join(site!.root, p.endsWith('.html') ? p : join(p, 'index.html')), 'utf8').includes('<chart-figure')).length, 'pages with charts, which each page test sees drawn').toBeGreaterThan(0);
  });

  // Reduced motion in every context: the charts draw each step at once. What is checked is that they run under the policy, not how they animate.
  it.for(pages.map((p) => [`/${p}`, p] as const))('loads %s without a CSP violation, console error or failed request', async ([_label, path], { expect }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID', reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      const seen = await watch(page);
      const url = new URL(path, server.url).href;
      const response = await page.goto(url, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], `${url} was served without the CSP header`).toContain("script-src 'self'");
      await scrollThrough(page);
      seen.violations.push(...(await page.evaluate(() => window.__cspViolations)));
      const count = seen.violations.length + seen.consoleErrors.length + seen.pageErrors.length + seen.failedRequests.length;
      expect(count, `\n${report(url, seen)}\n`).toBe(0);
      // Every chart on the page drew (its script ran under the CSP): a canvas with data-state per figure.
      const figures = await page.locator('chart-figure').count();
      await expect.poll(() => page.locator('chart-figure canvas[data-state]').count(), { timeout: SLOW_MS, message: `charts drawn on ${url}` }).toBe(figures);
    } finally {
      await context.close();
    }
  });

  it('blocks an injected inline script (the policy is enforced)', async ({ expect }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await watch(page);
      await page.goto(server.url, { waitUntil: 'load' });
      const violations = await page.evaluate(async () => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.body.append(s);
        await new Promise((r) => setTimeout(r, 100));
        return window.__cspViolations;
      });
      expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
      expect(violations.map((v) => v.directive)).toContain('script-src-elem');
    } finally {
      await context.close();
    }
  });

  describe('framing', () => {
    let host: Server;
    let hostUrl: string;

    beforeAll(async () => {
      // Another origin (another port) that frames one embed and one ordinary page.
      const embed = pages.find((p) => p.startsWith('embed/'))!;
      host = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><title>host</title>` +
            `<iframe id="embed" src="${new URL(embed, server.url).href}" width="600" height="500"></iframe>` +
            `<iframe id="page" src="${new URL('metode/', server.url).href}" width="600" height="500"></iframe>`,
        );
      });
      await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
      const address = host.address();
      if (!address || typeof address === 'string') throw new Error('no address');
      hostUrl = `http://127.0.0.1:${address.port}/`;
    });

    afterAll(async () => {
      await new Promise<void>((ok) => host?.close(() => ok()));
    });

    it('lets another site frame /embed/* but not the other pages', async ({ expect }) => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const consoleErrors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
        await page.goto(hostUrl, { waitUntil: 'load' });
        await page.waitForTimeout(500);
        const embedFrame = await (await page.$('#embed'))!.contentFrame();
        const pageFrame = await (await page.$('#page'))!.contentFrame();
        expect(await embedFrame!.$('chart-figure'), 'the embed rendered inside the iframe').not.toBeNull();
        expect(await pageFrame!.$('main'), '/metode/ must not render inside a foreign iframe').toBeNull();
        expect(consoleErrors.join('\n')).toMatch(/frame-ancestors 'none'/);
      } finally {
        await context.close();
      }
    });
  });
});

describe.skipIf(SKIP_BROWSER)('the site with no response headers (GitHub Pages, S3): the <meta> CSP alone', { concurrent: true }, () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  let browser: Browser;

  beforeAll(async () => {
    if (!HAS_CHROMIUM) throw missingBrowserError();
    server = await serveDist({ root: site!.root, base: site!.base });
    browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.for(pages.map((p) => [`/${p}`, p] as const))('loads %s under its <meta> CSP without a violation or console error', async ([_label, path], { expect }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID', reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      const seen = await watch(page);
      const url = new URL(path, server.url).href;
      const response = await page.goto(url, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], 'this server must send no CSP header').toBeUndefined();
      const meta = await page.$eval('head meta[http-equiv="content-security-policy" i]', (m) => m.getAttribute('content')).catch(() => null);
      expect(meta, `${url} has no <meta http-equiv="content-security-policy">`).toMatch(/script-src 'self'[^;]*;/);
      expect(meta).toMatch(/style-src 'self'/);
      expect(meta).toMatch(/object-src 'none'/);
      await scrollThrough(page);
      seen.violations.push(...(await page.evaluate(() => window.__cspViolations)));
      const count = seen.violations.length + seen.consoleErrors.length + seen.pageErrors.length + seen.failedRequests.length;
      expect(count, `\n${report(url, seen, 'its <meta> CSP, with no headers')}\n`).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('does not run an inline script, an event handler or a javascript: link that got into the HTML', async ({ expect }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const seen = await watch(page);
      const story = pages.find((p) => p !== '' && !p.startsWith('embed/') && !p.startsWith('en/embed/') && existsSync(join(site!.root, p, 'index.html')) && readFileSync(join(site!.root, p, 'index.html'), 'utf8').includes('class="story'))!;
      const url = new URL(story, server.url).href;
      // What a story with raw HTML in it would have published, had the build let it through.
      const injected =
        '<script>window.__inlineRan = true</script>' +
        '<img src="/no-such-image.png" alt="" onerror="window.__handlerRan = true">' +
        '<a id="injected-link" href="javascript:window.__linkRan = true">klik</a>' +
        '<style>body { outline: 9px solid red }</style>';
      await page.route(url, async (route) => {
        const original = await route.fetch();
        const html = (await original.text()).replace(/<main\b[^>]*>/, (m) => `${m}${injected}`);
        expect(html).toContain(injected);
        await route.fulfill({ response: original, body: html, headers: { ...original.headers(), 'content-length': String(Buffer.byteLength(html)) } });
      });
      await page.goto(url, { waitUntil: 'load' });
      await page.click('#injected-link');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => [window.__inlineRan, window.__handlerRan, window.__linkRan])).toEqual([undefined, undefined, undefined]);
      expect(await page.evaluate(() => getComputedStyle(document.body).outlineWidth)).not.toBe('9px');
      const directives = (await page.evaluate(() => window.__cspViolations)).map((v) => v.directive);
      expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr', 'style-src-elem']));
      expect(seen.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
