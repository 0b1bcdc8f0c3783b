/**
 * Console and network hygiene in headless Chromium, at 1280x800 and 390x844:
 * the index and the story page (scrolled through every step, so every chart
 * and its lazily imported Chart.js load) log no console errors, throw nothing,
 * have no failed request (network error or HTTP >= 400) and request nothing
 * from any origin but the local server (fonts, scripts, images: all self-hosted).
 * Each chart fetches what it draws from (/charts/<id>.views.json) and its
 * tooltip names (/charts/<id>.details.json) once each.
 *
 * Run: npx vitest run tests/browser/network.test.ts   (needs Chromium; see harness.ts)
 */
import { beforeAll, describe, it } from 'vitest';
import { PAGES, SKIP_BROWSER, VIEWPORTS, load, newContext, settle, trackProblems, walkSteps, type PageProblems, useSiteAndBrowser } from './harness.ts';

const pages = [
  { name: 'index', path: PAGES.index, scroll: false },
  { name: 'story page', path: PAGES.story, scroll: true },
] as const;

describe.skipIf(SKIP_BROWSER)('console and network', { concurrent: true }, () => {
  // The served site and the browser, for every test in this block.
  const env = useSiteAndBrowser();

  describe.each(VIEWPORTS.flatMap((viewport) => pages.map((p) => ({ ...p, viewport }))))('$name at $viewport.width px', ({ name, path, scroll, viewport }) => {
    const w = viewport.width;
    let problems: PageProblems;
    /** Paths of the chart details files the page fetched, and what each held. */
    const details: { path: string; status: number; names: boolean }[] = [];
    /** Paths of the chart views files the page fetched, and their statuses. */
    const views: { path: string; status: number }[] = [];
    let charts: string[] = [];

    beforeAll(async () => {
      const context = await newContext(env.browser, viewport);
      const page = await context.newPage();
      problems = await trackProblems(page, env.site.origin);
      page.on('response', async (response) => {
        const { pathname } = new URL(response.url());
        if (pathname.endsWith('.views.json')) views.push({ path: pathname, status: response.status() });
        if (!pathname.endsWith('.details.json')) return;
        const body = response.ok() ? ((await response.json()) as Record<string, string[][]>) : {};
        details.push({ path: pathname, status: response.status(), names: Object.values(body).some((view) => view.some((lines) => lines.length > 0)) });
      });
      await load(page, env.site.page(path));
      charts = await page.$$eval('chart-figure', (els) => els.map((el) => (el as HTMLElement).dataset['chartId']!));
      if (scroll) await walkSteps(page, 3000);
      // and the very bottom of the page (footer, lazy content)
      await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
      await settle(page);
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
      await page.waitForTimeout(300);
      await context.close();
    });

    it(`logs no console errors and throws no exceptions on the ${name} at ${w}px`, ({ expect }) => {
      const all = [...problems.pageErrors.map((e) => `uncaught: ${e}`), ...problems.consoleErrors.map((e) => `console.error: ${e}`)];
      expect(all, all.join('\n')).toEqual([]);
    });

    it(`has no failed requests (network error or HTTP >= 400) on the ${name} at ${w}px`, ({ expect }) => {
      expect(problems.failedRequests, problems.failedRequests.join('\n')).toEqual([]);
    });

    it(`fetches what each chart draws from once, from its own edition's file, on the ${name} at ${w}px`, ({ expect }) => {
      const base = new URL(env.site.page('')).pathname;
      expect(views.map((d) => d.path).sort()).toEqual([...new Set(charts)].map((id) => `${base}charts/${id}.views.json`).sort());
      for (const d of views) expect(d.status, d.path).toBe(200);
    });

    it(`fetches each chart's tooltip names once, from its own edition's file, on the ${name} at ${w}px`, ({ expect }) => {
      // Names are fetched for the charts a reader reaches: the index has none, the story page is scrolled through
      // all of them. The story is the Indonesian edition, so its files sit under <base>charts/.
      const base = new URL(env.site.page('')).pathname;
      expect(details.map((d) => d.path).sort()).toEqual([...new Set(charts)].map((id) => `${base}charts/${id}.details.json`).sort());
      for (const d of details) {
        expect(d.status, d.path).toBe(200);
        expect(d.names, `${d.path} holds no tooltip lines`).toBe(true);
      }
    });

    it(`requests nothing from other origins on the ${name} at ${w}px`, ({ expect }) => {
      expect(problems.foreignRequests, `requests to origins other than ${env.site.origin}:\n${problems.foreignRequests.join('\n')}`).toEqual([]);
    });
  });
});
