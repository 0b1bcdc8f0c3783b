/**
 * Helpers for the browser tests (imported by tests/browser/*.test.ts):
 * the site URL, Chromium via playwright-core, the two viewports, page
 * problem tracking (console errors, failed and foreign requests) and the
 * scrollytelling walk used by several suites.
 *
 * Run:  npx vitest run tests/browser
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { serveDist } from '../../scripts/serve-dist.mjs';
import { BUILD_WAIT_MS, sharedBuild } from '../setup/builds.ts';
import {
  CHROME_ARGS,
  CHROME_PATH,
  HAS_CHROMIUM,
  SKIP_BROWSER,
  SLOW_MS,
  missingBrowserBanner,
  missingBrowserError,
} from './env.ts';

export { PAGES, SKIP_BROWSER, SLOW_MS } from './env.ts';

if (SKIP_BROWSER) console.warn(missingBrowserBanner());

export interface Viewport {
  width: number;
  height: number;
}

export const VIEWPORTS: readonly Viewport[] = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

export interface Site {
  url: string;
  origin: string;
  /** Absolute URL of a page path relative to the base ('' = index). */
  page(path: string): string;
  close(): Promise<void>;
}

/** The shared root build (tests/setup/builds.ts), served by this test file on a free localhost port. */
export async function openSite(): Promise<Site> {
  const build = await sharedBuild('root');
  const server = await serveDist({ root: build.root, base: build.base });
  return { url: server.url, origin: server.origin, page: (p) => new URL(p, server.url).href, close: server.close };
}

export async function launchBrowser(): Promise<Browser> {
  if (!HAS_CHROMIUM) throw missingBrowserError();
  return chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS });
}

/**
 * A browser context at `viewport`, in Indonesian, with reduced motion: charts
 * draw each step at once instead of animating 450 ms of frames, which the
 * tests would wait out and pay for in CPU. The suites about what a reader with
 * motion sees (scrolly.test.ts, keyboard.test.ts) pass
 * `reducedMotion: 'no-preference'`.
 */
export async function newContext(browser: Browser, viewport: Viewport, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'id-ID', reducedMotion: 'reduce', ...options });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * Records console errors, uncaught exceptions, failed requests (network
 * failures and HTTP >= 400) and requests to any origin but the local server;
 * those are aborted so a test never waits on the (closed) network.
 */
export async function trackProblems(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
  const aborted = new Set<string>();
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    problems.foreignRequests.push(`${route.request().resourceType()} ${url}`);
    aborted.add(url);
    return route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      problems.consoleErrors.push(`${msg.text()}${loc.url ? `  (at ${loc.url}:${loc.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => problems.pageErrors.push(err.stack ?? String(err)));
  page.on('requestfailed', (req) => {
    if (!aborted.has(req.url())) problems.failedRequests.push(`${req.resourceType()} ${req.url}: ${req.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.failedRequests.push(`${res.request().resourceType()} ${res.url()}: HTTP ${res.status()}`);
  });
  return problems;
}

export interface NetworkWatch {
  /**
   * Resolves once none of the page's requests has been in flight for 500 ms;
   * after `timeout` it throws, naming the requests still in flight (Playwright's
   * own 'networkidle' only says that it timed out).
   */
  quiet(timeout?: number): Promise<void>;
}

/** Counts the page's requests in flight from now on. Call it before the page loads. */
export function watchNetwork(page: Page): NetworkWatch {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const done = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on('request', (request) => {
    inFlight.add(request);
    lastChange = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async quiet(timeout = 2 * SLOW_MS) {
      const until = Date.now() + timeout;
      while (inFlight.size > 0 || Date.now() - lastChange < 500) {
        if (Date.now() > until) {
          const open = [...inFlight].map((r) => `${r.resourceType()} ${r.url()}`);
          throw new Error(`the page's network was not quiet for 500 ms within ${timeout} ms; in flight: ${open.join(', ') || 'none (requests kept starting)'}`);
        }
        await page.waitForTimeout(100);
      }
    },
  };
}

/** Waits until the page has stopped scrolling (smooth scrolling, focus scrolling) and two frames have passed. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = -1;
        let still = 0;
        const started = performance.now();
        const tick = () => {
          const y = window.scrollY;
          still = y === last ? still + 1 : 0;
          last = y;
          if (still >= 3 || performance.now() - started > 3000) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

export interface StepObservation {
  section: number;
  chart: string;
  step: number;
  /** data-step of the steps that had aria-current="step" (in this section). */
  current: string[];
  /** data-state of the section's canvas (chart) or [data-diagram] (HTML diagram section). */
  canvasState: string | null;
  ariaLabel: string | null;
  /** Whether both conditions were met before the timeout. */
  ok: boolean;
  waitedMs: number;
}

export interface SectionInfo {
  chart: string;
  steps: number;
  /** 'chart': a <canvas> drawn by Chart.js; 'diagram': an HTML [data-diagram] the steps light up. */
  kind: 'chart' | 'diagram' | 'none';
}

/** The element whose data-state shows the drawn step: the canvas, or the diagram. */
export const STATE_SELECTOR = 'canvas, [data-diagram]';

export async function sectionsOf(page: Page): Promise<SectionInfo[]> {
  return page.$$eval('scrolly-section', (sections) =>
    sections.map((s) => ({
      chart: s.getAttribute('data-chart') ?? '(no data-chart)',
      steps: s.querySelectorAll('.step').length,
      kind: s.querySelector('canvas') ? ('chart' as const) : s.querySelector('[data-diagram]') ? ('diagram' as const) : ('none' as const),
    })),
  );
}

/**
 * Scrolls every step of every scrolly-section to where a reader's scrolling
 * turns it on (src/client/scrolly-section.ts: a line at mid-screen beside the
 * chart from 900 px, at 68% of the height under it), in order, and waits (up to `timeoutMs`) until that step has
 * aria-current="step" and its section's canvas (or HTML diagram) has
 * data-state="<step index>".
 * Returns what it saw at each step (it does not assert).
 */
export async function walkSteps(page: Page, timeoutMs = 5000): Promise<StepObservation[]> {
  const sections = await sectionsOf(page);
  const observations: StepObservation[] = [];
  for (const [s, section] of sections.entries()) {
    for (let i = 0; i < section.steps; i++) {
      await page.evaluate(
        ([s, i]) => {
          const step = document.querySelectorAll('scrolly-section')[s]!.querySelectorAll('.step')[i]!;
          if (window.matchMedia('(min-width: 900px)').matches) step.scrollIntoView({ block: 'center', behavior: 'instant' });
          // Narrow: the step's top a little above the 68% line, so the step crosses it.
          else window.scrollTo({ top: step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.62, behavior: 'instant' });
        },
        [s, i] as const,
      );
      await settle(page);
      const started = Date.now();
      let seen: Omit<StepObservation, 'waitedMs'>;
      for (;;) {
        seen = await page.evaluate(
          ([s, i, chart]) => {
            const section = document.querySelectorAll('scrolly-section')[s]!;
            const steps = [...section.querySelectorAll('.step')];
            const canvas = section.querySelector('canvas') ?? section.querySelector('[data-diagram]');
            const current = steps.filter((el) => el.getAttribute('aria-current') === 'step').map((el) => el.getAttribute('data-step') ?? `#${steps.indexOf(el)}`);
            const canvasState = canvas?.getAttribute('data-state') ?? null;
            return {
              section: s,
              chart,
              step: i,
              current,
              canvasState,
              ariaLabel: canvas?.getAttribute('aria-label') ?? null,
              ok: steps[i]!.getAttribute('aria-current') === 'step' && canvasState === String(i),
            };
          },
          [s, i, section.chart] as const,
        );
        if (seen.ok || Date.now() - started > timeoutMs) break;
        await page.waitForTimeout(100);
      }
      observations.push({ ...seen, waitedMs: Date.now() - started });
    }
  }
  return observations;
}

/** "chart-id step 2: aria-current on [0], canvas data-state=0" lines for failure messages. */
export function describeObservations(list: StepObservation[]): string {
  return list
    .map(
      (o) =>
        `  section ${o.section} (${o.chart}) step ${o.step}: aria-current on [${o.current.join(', ') || 'none'}], ` +
        `${o.chart === 'diagram' ? 'diagram' : 'canvas'} data-state=${o.canvasState ?? '(none)'}, aria-label="${(o.ariaLabel ?? '(none)').slice(0, 90)}"`,
    )
    .join('\n');
}

/** Loads a page and waits for the load event and a quiet network. */
export async function load(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() >= 400) throw new Error(`GET ${url} answered ${response?.status() ?? 'nothing'}`);
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
}

/** Serves the built site and launches Chromium for the enclosing describe block; closes both after it. */
export function useSiteAndBrowser(): { site: Site; browser: Browser } {
  const env = {} as { site: Site; browser: Browser };
  beforeAll(async () => {
    env.site = await openSite();
    env.browser = await launchBrowser();
  }, BUILD_WAIT_MS);
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
