/**
 * Site-internal links under the deploy base path. Astro's BASE_URL is "/" by
 * default but keeps whatever the deployer wrote ("/msl-explainer" or
 * "/msl-explainer/"), so joining by hand risks "//" or a missing slash.
 */

/** Joins a base path and a site path with exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//')) return path;
  const head = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  return `${head}/${path.replace(/^\/+/, '')}`;
}

/** A site path ("/yang-song/", "metode/#sumber") prefixed with this build's base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
