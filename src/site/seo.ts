/**
 * Head metadata as plain data: the <title>, Open Graph and Twitter card tags,
 * and the NewsArticle JSON-LD of a story. Base.astro and Story.astro only
 * render what these return. Pure: no astro: imports.
 */
import type { Locale } from '../i18n/ui.ts';
import type { Story } from '../domain/schemas/story.ts';
import { httpUrl } from '../domain/url.ts';
import type { NewsArticle, Organization, WithContext } from 'schema-dts';

/** Search results cut titles near 70 characters: the headline matters more than the masthead. */
export function pageTitle(title: string, siteName: string): string {
  const withSite = `${title} · ${siteName}`;
  return title === siteName || withSite.length > 70 ? title : withSite;
}

/** An absolute URL for a site path that already carries the base path ("/msl-explainer/og/x.png"). */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

/** Site path (without the base) of a story's link-preview picture, drawn at build time by src/pages/og/[...slug].jpg.ts. */
export const socialImagePath = (storyId: string) => `/og/${storyId}.jpg`;

/** Open Graph locale per edition (language_TERRITORY). */
export const ogLocale: Record<Locale, string> = { id: 'id_ID', en: 'en_US' };

/** Site paths of the RSS feed of each edition that has one; the English feed comes with the English edition. */
export const feedPaths: Partial<Record<Locale, string>> = { id: '/rss.xml', en: '/en/rss.xml' };

export interface SocialInput {
  /** The title as shared: the headline, without the site name. */
  title: string;
  description: string;
  /** Absolute canonical URL; none for pages kept out of search (404). */
  url?: string | undefined;
  siteName: string;
  lang: Locale;
  type: 'website' | 'article';
  /** Absolute URL of the preview image (1200x630), if the page has one. */
  image?: string | undefined;
  imageAlt?: string | undefined;
  /** YYYY-MM-DD, for articles. */
  published?: string | undefined;
  modified?: string | undefined;
}

/** One <meta> tag: Open Graph uses `property`, Twitter uses `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** Open Graph and Twitter card tags, in the order they are written. */
export function socialMeta(input: SocialInput): MetaTag[] {
  const og = (property: string, content: string | undefined): MetaTag[] => (content ? [{ property, content }] : []);
  const tw = (name: string, content: string | undefined): MetaTag[] => (content ? [{ name, content }] : []);
  const isArticle = input.type === 'article';
  return [
    ...og('og:type', input.type),
    ...og('og:site_name', input.siteName),
    ...og('og:locale', ogLocale[input.lang]),
    ...og('og:title', input.title),
    ...og('og:description', input.description),
    ...og('og:url', input.url),
    ...og('og:image', input.image),
    ...og('og:image:alt', input.image ? input.imageAlt : undefined),
    ...og('article:published_time', isArticle ? input.published : undefined),
    ...og('article:modified_time', isArticle ? input.modified : undefined),
    ...tw('twitter:card', input.image ? 'summary_large_image' : 'summary'),
    ...tw('twitter:title', input.title),
    ...tw('twitter:description', input.description),
    ...tw('twitter:image', input.image),
    ...tw('twitter:image:alt', input.image ? input.imageAlt : undefined),
  ];
}

/** The latest of the publication day, the update day and every correction day (ISO days sort as strings). */
export function lastModified(story: Pick<Story, 'published' | 'updated' | 'corrections'>): string {
  return [story.published, story.updated ?? story.published, ...story.corrections.map((c) => c.date)].sort().at(-1)!;
}

export interface ArticleInput {
  story: Pick<Story, 'title' | 'description' | 'byline' | 'lang' | 'published' | 'updated' | 'basedOn' | 'corrections'>;
  /** Absolute canonical URL of the story. */
  url: string;
  /** Absolute URL of the preview image, if any. */
  image?: string | undefined;
  /** The publishing desk: the site. */
  publisher: { name: string; url: string };
  /** The dataset's page (absolute URL): what a story without `basedOn` is built on. */
  dataset?: { name: string; url: string } | undefined;
}

/** Typed by schema-dts: a misspelt property or a wrong type fails `astro check`. */
const organisation = (name: string, url?: string): Organization => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

/**
 * schema.org NewsArticle for a story. The byline names desks, so authors are
 * Organizations; isBasedOn is the article the story builds on (with its URL
 * only when one is stored and is http(s): httpUrl); each correction is a CorrectionComment.
 */
export function newsArticleJsonLd({ story, url, image, publisher, dataset }: ArticleInput): WithContext<NewsArticle> {
  const { basedOn } = story;
  const basedOnUrl = basedOn ? httpUrl(basedOn.url) : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.description,
    url,
    mainEntityOfPage: url,
    inLanguage: story.lang,
    datePublished: story.published,
    dateModified: lastModified(story),
    ...(image ? { image: [image] } : {}),
    author: story.byline.map((name) => organisation(name, name === publisher.name ? publisher.url : undefined)),
    publisher: organisation(publisher.name, publisher.url),
    ...(basedOn
      ? {
          isBasedOn: {
            '@type': 'NewsArticle',
            name: basedOn.title,
            headline: basedOn.title,
            publisher: organisation(basedOn.publisher),
            ...(basedOn.date ? { datePublished: basedOn.date } : {}),
            ...(basedOnUrl ? { url: basedOnUrl } : {}),
          },
        }
      : dataset
        ? { isBasedOn: { '@type': 'Dataset', name: dataset.name, url: dataset.url } }
        : {}),
    ...(story.corrections.length > 0
      ? { correction: story.corrections.map((c) => ({ '@type': 'CorrectionComment', datePublished: c.date, text: c.text })) }
      : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. Escaping <, > and &
 * as \u00XX keeps "</script>" or "<!--" in a headline from ending the element
 * early; the JSON parses to the same value. (A data block is not a script:
 * CSP script-src does not apply to it.)
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** YYYY-MM-DD of the last change, when known. */
  lastmod?: string | undefined;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sitemaps.org urlset, one <url> per entry, in the given order. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (e) => `  <url>\n    <loc>${xmlEscape(e.loc)}</loc>\n${e.lastmod ? `    <lastmod>${e.lastmod}</lastmod>\n` : ''}  </url>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('')}</urlset>\n`;
}

/** robots.txt allowing every crawler and pointing at the sitemap by absolute URL (crawlers need it absolute). */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
