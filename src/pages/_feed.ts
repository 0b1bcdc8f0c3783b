/**
 * The RSS feed of one edition: its published stories, newest first, each with
 * its description. Each edition's endpoint is one call:
 *   export const GET: APIRoute = (context) => storyFeed('id', context);   // src/pages/rss.xml.ts
 * A new feed also needs its path in feedPaths (src/site/seo.ts), which Base.astro links.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { t, type Locale } from '../i18n/ui';
import { absoluteUrl, socialImagePath } from '../site/seo';
import { withBase } from '../site/url';
import { publishedStories } from '../site/stories.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function storyFeed(lang: Locale, { site, url }: Pick<APIContext, 'site' | 'url'>): Promise<Response> {
  const origin = site ?? url;
  const stories = await publishedStories(lang);
  return rss({
    title: t(lang, 'feed.title'),
    description: t(lang, 'site.tagline'),
    // The edition's home page; getRelativeLocaleUrl adds the base path and the /en/ prefix.
    site: absoluteUrl(origin, getRelativeLocaleUrl(lang).replace(/\/?$/, '/')),
    customData: `<language>${lang}</language>`,
    items: stories.map(({ id, data }) => ({
      title: data.title,
      description: data.description,
      link: absoluteUrl(origin, withBase(`/${id}/`)),
      // Midnight UTC of the publication day: the day is all the frontmatter knows.
      pubDate: new Date(`${data.published}T00:00:00Z`),
      // The story's picture (the hiring-wave chart drawn at build time, /og/<id>.jpg) and its summary.
      content: `<p><img src="${absoluteUrl(origin, withBase(socialImagePath(id)))}" alt="${escapeHtml(t(lang, 'seo.imageAlt', { title: data.title }))}" width="1200" height="630"></p><p>${escapeHtml(data.description)}</p>`,
    })),
  });
}
