/**
 * No broken internal links, for the shared root build and for the shared
 * production build under a sub-path (BASE_PATH=/msl/, as on GitHub Pages;
 * tests/setup/builds.ts). Checked in every HTML page: href, src, srcset, action, poster, the
 * canonical URL and the og/twitter image and URL metas; in every stylesheet:
 * url(…); in the sitemap and the feed: every URL. Each internal reference
 * must sit under the base path and resolve to a built file (a directory to
 * its index.html), and a #fragment must name an id in the target page.
 * Finally every indexable page is in the sitemap, and nothing else is.
 *
 * Run: npx vitest run tests/publish/links.test.ts
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite, type Checked } from './link-check.ts';
import { BUILD_WAIT_MS } from '../setup/builds.ts';
import { builtSite, type BuiltSite } from './site.ts';

describe('the link checker', () => {
  it('reports every kind of broken reference in a fixture site', () => {
    const { problems } = checkSite({ root: join(import.meta.dirname, 'fixtures/broken-links'), base: '/sub/' });
    expect(problems).toEqual([
      'index.html: meta og:image="https://example.org/sub/og/missing.png" points at /sub/og/missing.png, which is not in the build',
      'index.html: a href="/metode/" does not start with the base path /sub/',
      'index.html: a href="/sub/missing/" points at /sub/missing/, which is not in the build',
      'index.html: a href="#nowhere" points at #nowhere, which is no id in index.html',
      'index.html: a href="page/#gone" points at #gone, which is no id in page/index.html',
      'index.html: img src="../outside.png" resolves to /outside.png, outside the base path /sub/',
      'page/index.html: link href="/sub/_astro/missing.css" points at /sub/_astro/missing.css, which is not in the build',
      'sitemap.xml: sitemap loc="https://example.org/sub/gone/" points at /sub/gone/, which is not in the build',
      'sitemap.xml: does not list https://example.org/sub/page/',
      'sitemap.xml: lists https://example.org/sub/gone/, which is no indexable page',
    ]);
  });
});

const builds: [label: string, base: string][] = [
  ['a root build', '/'],
  ['a sub-path production build (BASE_PATH=/msl/)', '/msl/'],
];

describe.each(builds)('internal links in %s', (_label, base) => {
  let result: Checked;
  let site: BuiltSite;

  it('checks the shared build', async () => {
    site = await builtSite(base);
    result = checkSite(site);
    expect(result.checked).toBeGreaterThan(50);
  }, BUILD_WAIT_MS);

  it('has no broken internal link, asset, fragment or sitemap entry', () => {
    expect(result.problems, `${result.problems.length} problem(s) in ${site.root}:\n  ${result.problems.join('\n  ')}\n`).toEqual([]);
  });

  it('lists absolute URLs under the base path in the sitemap', () => {
    expect(result.sitemap.length).toBeGreaterThan(0);
    for (const loc of result.sitemap) expect(new URL(loc).pathname.startsWith(site.base), loc).toBe(true);
  });
});
