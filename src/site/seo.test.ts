import { describe, expect, it } from 'vitest';
import { absoluteUrl, jsonLdText, lastModified, newsArticleJsonLd, pageTitle, robotsTxt, sitemapXml, socialMeta, type ArticleInput } from './seo.ts';

describe('pageTitle', () => {
  it.each([
    ['Meja Data', 'Meja Data', 'Meja Data'],
    ['Metode dan sumber', 'Meja Data', 'Metode dan sumber · Meja Data'],
    // 61 + " · " + 9 = 73 characters, over 70: the site name is dropped.
    ['Yang Song dan Gelombang Rekrutmen Meta Superintelligence Labs', 'Meja Data', 'Yang Song dan Gelombang Rekrutmen Meta Superintelligence Labs'],
    ['a'.repeat(58), 'Meja Data', `${'a'.repeat(58)} · Meja Data`], // exactly 70
    ['a'.repeat(59), 'Meja Data', 'a'.repeat(59)],
  ])('titles %j on %j as %j', (title, site, expected) => {
    expect(pageTitle(title, site)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['https://example.org', '/', 'https://example.org/'],
    ['https://example.org/', '/og/x.png', 'https://example.org/og/x.png'],
    ['https://user.github.io', '/msl-explainer/og/x.png', 'https://user.github.io/msl-explainer/og/x.png'],
    // A site URL with a path does not double it: paths are already based.
    ['https://user.github.io/msl-explainer/', '/msl-explainer/data/', 'https://user.github.io/msl-explainer/data/'],
  ])('joins %j and %j', (site, path, expected) => {
    expect(absoluteUrl(site, path)).toBe(expected);
  });
});

const story: ArticleInput['story'] = {
  title: 'Yang Song dan Gelombang Rekrutmen',
  description: 'Ringkasan.',
  byline: ['Meja Data'],
  lang: 'id',
  published: '2026-11-27',
  basedOn: { publisher: 'WIRED', title: 'Meta Poaches OpenAI Scientist to Help Lead AI Lab', dateNote: '24 atau 25 September 2025', url: null },
  corrections: [],
};
const publisher = { name: 'Meja Data', url: 'https://example.org/' };
const url = 'https://example.org/meta-rekrut-yang-song/';

describe('lastModified', () => {
  it.each([
    [{}, '2026-11-27'],
    [{ updated: '2026-12-01' }, '2026-12-01'],
    [{ corrections: [{ date: '2026-12-03', text: 'x' }] }, '2026-12-03'],
    [{ updated: '2026-12-05', corrections: [{ date: '2026-12-03', text: 'x' }] }, '2026-12-05'],
  ])('of %j is %s', (patch, expected) => {
    expect(lastModified({ ...story, ...patch })).toBe(expected);
  });
});

describe('newsArticleJsonLd', () => {
  it('describes a story without corrections, image or source URL', () => {
    expect(newsArticleJsonLd({ story, url, publisher })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Yang Song dan Gelombang Rekrutmen',
      description: 'Ringkasan.',
      url,
      mainEntityOfPage: url,
      inLanguage: 'id',
      datePublished: '2026-11-27',
      dateModified: '2026-11-27',
      author: [{ '@type': 'Organization', name: 'Meja Data', url: 'https://example.org/' }],
      publisher: { '@type': 'Organization', name: 'Meja Data', url: 'https://example.org/' },
      isBasedOn: {
        '@type': 'NewsArticle',
        name: 'Meta Poaches OpenAI Scientist to Help Lead AI Lab',
        headline: 'Meta Poaches OpenAI Scientist to Help Lead AI Lab',
        publisher: { '@type': 'Organization', name: 'WIRED' },
      },
    });
  });

  it('adds the image, corrections, the original date and URL when there are some', () => {
    const ld = newsArticleJsonLd({
      story: {
        ...story,
        byline: ['Meja Data', 'Desk Grafis'],
        updated: '2026-11-28',
        basedOn: { ...story.basedOn!, date: '2025-09-24', url: 'https://www.wired.com/story/x/' },
        corrections: [
          { date: '2026-11-28', text: 'Ejaan nama diperbaiki.' },
          { date: '2026-11-30', text: 'Tanggal diperbaiki.' },
        ],
      },
      url,
      image: 'https://example.org/og/meta-rekrut-yang-song.png',
      publisher,
    });
    expect(ld['image']).toEqual(['https://example.org/og/meta-rekrut-yang-song.png']);
    expect(ld['dateModified']).toBe('2026-11-30');
    expect(ld['author']).toEqual([
      { '@type': 'Organization', name: 'Meja Data', url: 'https://example.org/' },
      { '@type': 'Organization', name: 'Desk Grafis' },
    ]);
    expect(ld['isBasedOn']).toMatchObject({ datePublished: '2025-09-24', url: 'https://www.wired.com/story/x/' });
    expect(ld['correction']).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2026-11-28', text: 'Ejaan nama diperbaiki.' },
      { '@type': 'CorrectionComment', datePublished: '2026-11-30', text: 'Tanggal diperbaiki.' },
    ]);
  });
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '/relative/'])('leaves out a basedOn.url that is not http(s): %j', (bad) => {
    // The schema refuses these; this is the second line of defence if one slips past it.
    const ld = newsArticleJsonLd({ story: { ...story, basedOn: { ...story.basedOn!, url: bad } }, url, publisher });
    expect(ld['isBasedOn']).not.toHaveProperty('url');
    expect(JSON.stringify(ld)).not.toContain(bad.trim());
  });
});

describe('jsonLdText', () => {
  it('cannot end the script element or open a comment, and parses back to the same value', () => {
    const value = { headline: '</script><script>alert(1)</script> <!-- & \u2028' };
    const text = jsonLdText(value);
    expect(text).toBe('{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026 \\u2028"}');
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('socialMeta', () => {
  const base = { title: 'Judul', description: 'Ringkasan.', url, siteName: 'Meja Data', lang: 'id' as const };

  it('writes a large-image card with article times for a story', () => {
    expect(
      socialMeta({ ...base, type: 'article', image: 'https://example.org/og/x.png', imageAlt: 'Alt', published: '2026-11-27', modified: '2026-11-28' }),
    ).toEqual([
      { property: 'og:type', content: 'article' },
      { property: 'og:site_name', content: 'Meja Data' },
      { property: 'og:locale', content: 'id_ID' },
      { property: 'og:title', content: 'Judul' },
      { property: 'og:description', content: 'Ringkasan.' },
      { property: 'og:url', content: url },
      { property: 'og:image', content: 'https://example.org/og/x.png' },
      { property: 'og:image:alt', content: 'Alt' },
      { property: 'article:published_time', content: '2026-11-27' },
      { property: 'article:modified_time', content: '2026-11-28' },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:title', content: 'Judul' },
      { name: 'twitter:description', content: 'Ringkasan.' },
      { name: 'twitter:image', content: 'https://example.org/og/x.png' },
      { name: 'twitter:image:alt', content: 'Alt' },
    ]);
  });

  it('writes a summary card without image tags or article times for a plain page', () => {
    const tags = socialMeta({ ...base, lang: 'en', type: 'website', imageAlt: 'unused', published: '2026-11-27' });
    expect(tags.map((t) => ('property' in t ? t.property : t.name))).toEqual([
      'og:type',
      'og:site_name',
      'og:locale',
      'og:title',
      'og:description',
      'og:url',
      'twitter:card',
      'twitter:title',
      'twitter:description',
    ]);
    expect(tags).toContainEqual({ property: 'og:locale', content: 'en_US' });
    expect(tags).toContainEqual({ name: 'twitter:card', content: 'summary' });
  });
});

describe('sitemapXml', () => {
  it('lists every URL, with lastmod when known, escaping XML', () => {
    expect(
      sitemapXml([
        { loc: 'https://example.org/' },
        { loc: 'https://example.org/meta-rekrut-yang-song/', lastmod: '2026-11-27' },
        { loc: 'https://example.org/?a=1&b=<2>' },
      ]),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url>\n    <loc>https://example.org/</loc>\n  </url>\n' +
        '  <url>\n    <loc>https://example.org/meta-rekrut-yang-song/</loc>\n    <lastmod>2026-11-27</lastmod>\n  </url>\n' +
        '  <url>\n    <loc>https://example.org/?a=1&amp;b=&lt;2&gt;</loc>\n  </url>\n' +
        '</urlset>\n',
    );
  });

  it('writes an empty urlset when there is nothing to list', () => {
    expect(sitemapXml([])).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>\n');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(robotsTxt('https://user.github.io/msl-explainer/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://user.github.io/msl-explainer/sitemap.xml\n',
    );
  });
});

describe('JSON-LD types', () => {
  it('come from schema-dts, so astro check refuses a misspelt property', () => {
    const ld: ReturnType<typeof newsArticleJsonLd> = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      // @ts-expect-error "headlne" is not a NewsArticle property (npm run check fails if this line ever type-checks)
      headlne: 'x',
    };
    expect(ld['@type']).toBe('NewsArticle');
  });
});
