/**
 * /sitemap.xml: every indexable page by absolute URL (each edition's home,
 * the stories, the MDX pages, /data/, the chart table pages a build has),
 * with the day of the last change where known. Embeds and the 404 page are left out on purpose.
 * tests/publish/links.test.ts checks that every built page is listed and that
 * every listed URL exists.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { locales } from '../i18n/ui';
import { absoluteUrl, lastModified, sitemapXml } from '../site/seo';
import { withBase } from '../site/url';
import { publishedStories } from '../site/stories.ts';
import { chartTablesPages } from '../site/chart-png.ts';

export const GET: APIRoute = async ({ site, url }) => {
  const origin = site ?? url;
  const stories = await publishedStories();
  const pages = await getCollection('pages');
  const tablePages = (await Promise.all(locales.map(chartTablesPages))).flat();
  const newest = (lang: string) =>
    stories
      .filter((s) => s.data.lang === lang)
      .map((s) => lastModified(s.data))
      .sort()
      .at(-1);
  // getRelativeLocaleUrl adds the base path and the /en/ prefix (astro.config.mjs i18n routing).
  const at = (lang: string, path = '') => absoluteUrl(origin, getRelativeLocaleUrl(lang, path).replace(/\/?$/, '/'));
  const body = sitemapXml([
    ...locales.map((lang) => ({ loc: at(lang), lastmod: newest(lang) })),
    ...stories.map((s) => ({ loc: absoluteUrl(origin, withBase(`/${s.id}/`)), lastmod: lastModified(s.data) })),
    ...pages.map((p) => ({ loc: at(p.data.lang, p.id) })),
    { loc: absoluteUrl(origin, withBase('/data/')) },
    ...tablePages.map((path) => ({ loc: absoluteUrl(origin, withBase(path)) })),
  ]);
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
