/**
 * /robots.txt, an endpoint so it can name the sitemap by absolute URL.
 * Crawlers only read /robots.txt at the origin's root: under a sub-path
 * (GitHub Pages project sites) this file is not consulted; see docs/deploy.md.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, robotsTxt } from '../site/seo';
import { withBase } from '../site/url';

export const GET: APIRoute = ({ site, url }) =>
  new Response(robotsTxt(absoluteUrl(site ?? url, withBase('/sitemap.xml'))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
