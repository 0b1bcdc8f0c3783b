/**
 * The <head> of every built page: a title, a description, a canonical URL
 * (or noindex), the social card tags, the RSS link; and on story pages a
 * NewsArticle JSON-LD block that parses and agrees with the page.
 *
 * Run: npx vitest run tests/publish/head.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, listFiles } from './site.ts';

const site = await builtSite('/');
// Embeds are bare, unindexed frames (tested in tests/images): no description or card tags.
const pages = listFiles(site.root).filter((f) => f.endsWith('.html') && !/^(en\/)?embed\//.test(f));
const read = (f: string) => readFileSync(join(site.root, f), 'utf8');
const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(head(html))?.[1];

describe('the head of every page', () => {
  it.each(pages)('%s has a title, description, canonical (or noindex), card tags and the feed', (page) => {
    const html = read(page);
    expect(/<title>[^<]+<\/title>/.test(head(html)), 'title').toBe(true);
    expect(meta(html, 'description'), 'description').toBeTruthy();
    const noindex = meta(html, 'robots')?.includes('noindex') ?? false;
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head(html))?.[1];
    if (noindex) expect(canonical, 'no canonical on a noindex page').toBeUndefined();
    else {
      expect(canonical, 'canonical').toMatch(/^https?:\/\//);
      expect(meta(html, 'og:url')).toBe(canonical);
    }
    for (const key of ['og:type', 'og:title', 'og:description', 'og:site_name', 'og:locale', 'twitter:card']) expect(meta(html, key), key).toBeTruthy();
    if (html.startsWith('<!DOCTYPE html><html lang="id"')) expect(head(html)).toContain('<link rel="alternate" type="application/rss+xml"');
  });
});

const stories = pages.filter((p) => /<meta property="og:type" content="article"/.test(read(p)));

describe('story pages', () => {
  it('exist', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it.each(stories)('%s carries NewsArticle JSON-LD that matches the page', (page) => {
    const html = read(page);
    const blocks = [...head(html).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).not.toMatch(/</);
    const ld = JSON.parse(blocks[0]!) as Record<string, unknown>;
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)![1];
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: canonical,
      headline: meta(html, 'og:title'),
      description: meta(html, 'description'),
      datePublished: meta(html, 'article:published_time'),
      dateModified: meta(html, 'article:modified_time'),
      image: [meta(html, 'og:image')],
    });
    // A story built on an article credits it; one built from the data alone credits the dataset's page.
    const credit = /<p class="based-on">([\s\S]*?)<\/p>/.exec(html)![1]!;
    if (ld['isBasedOn'] && (ld['isBasedOn'] as { '@type': string })['@type'] === 'Dataset') {
      expect(ld['isBasedOn']).toMatchObject({ url: expect.stringMatching(/\/data\/$/) });
      expect(credit).toMatch(/href="[^"]*\/(metode|methods)\/"/);
    } else {
      expect(ld['isBasedOn']).toMatchObject({ '@type': 'NewsArticle', publisher: { '@type': 'Organization' } });
    }
    expect(meta(html, 'og:image')).toMatch(/\/og\/(?:[a-z]{2}\/)?[a-z0-9-]+\.jpg$/);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
  });
});

describe('feeds', () => {
  it.each([
    ['rss.xml', 'id'],
    ['en/rss.xml', 'en'],
  ])('%s lists every story of its edition with its picture', (feed, lang) => {
    const xml = read(feed);
    const items = [...xml.matchAll(/<item>(.*?)<\/item>/gs)].map((m) => m[1]!);
    const storyPages = stories.filter((p) => read(p).startsWith(`<!DOCTYPE html><html lang="${lang}"`));
    expect(items.length).toBe(storyPages.length);
    // content:encoded carries the HTML escaped once.
    for (const item of items) expect(item).toMatch(/&lt;img src=&quot;https?:\/\/[^&]+\/og\/(?:en\/)?[a-z0-9-]+\.jpg&quot;/);
  });
});
