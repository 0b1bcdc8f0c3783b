/**
 * URLs, two kinds:
 * - addresses from the data and the frontmatter (a source's page, the story a
 *   piece is based on): httpUrl() is the one check they all pass, in the
 *   schemas and again wherever one is rendered (links, JSON-LD, feeds,
 *   embeds), so a `javascript:` or `data:` address never reaches a page;
 * - site-internal links under a deploy base path (joinBase; withBase in
 *   src/site/url.ts applies this build's base).
 */

/**
 * The address, trimmed, when it is an absolute http: or https: URL; null for
 * anything else: javascript:, data:, vbscript:, a relative path, not a URL,
 * or an address holding control characters (a browser skips tabs and
 * newlines in a scheme, so "java\tscript:" would run). The scheme is
 * compared case-folded ("HTTPS:" is https:, "JavaScript:" is refused).
 */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (/[\u0000-\u001f\u007f]/.test(trimmed) || !URL.canParse(trimmed)) return null;
  const { protocol, hostname } = new URL(trimmed);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '' ? trimmed : null;
}

/*
 * Site-internal links: Astro's BASE_URL is "/" by default but keeps whatever
 * the deployer wrote ("/msl-explainer" or "/msl-explainer/"), so joining by
 * hand risks "//" or a missing slash.
 */

/** Joins a base path and a site path with exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//')) return path;
  const head = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  return `${head}/${path.replace(/^\/+/, '')}`;
}
