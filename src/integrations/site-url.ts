/**
 * Where the site will live, from SITE_URL (the environment or a .env file),
 * and an integration that refuses a production build without it: canonical
 * URLs, Open Graph tags, JSON-LD, the sitemap, robots.txt, the feeds and the
 * embed snippets are all absolute, and a made-up origin in them is wrong on
 * every page.
 *
 * A preview build (PREVIEW=1: `npm start`, the tests) points them at
 * http://localhost:4321 and says so. `astro dev` needs neither.
 *
 * Usage in astro.config.mjs:
 *   const where = siteFromEnv(loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), ''));
 *   defineConfig({ site: where.site, integrations: [siteUrl(where), …] })
 */
import type { AstroIntegration } from 'astro';

/** The origin `astro preview` and scripts/serve-dist.mjs serve on. */
export const PREVIEW_SITE = 'http://localhost:4321';

export interface SiteSetting {
  /** The site URL Astro gets (SITE_URL, or the preview origin when SITE_URL is not usable). */
  site: string;
  /** PREVIEW=1 and no SITE_URL: a build for this machine, not for a host. */
  preview: boolean;
  /** Why a production build must stop (SITE_URL missing or not an http(s) URL); undefined when it may go on. */
  problem: string | undefined;
}

const HOW =
  'Set SITE_URL to the public origin the site is served from, e.g. SITE_URL=https://data.example.org npm run build ' +
  '(or a line SITE_URL=https://data.example.org in a .env file next to package.json; docs/deploy.md). ' +
  'For a build to look at on this machine, run npm run build:preview or npm start (preview builds, URLs at localhost).';

/** Reads SITE_URL and PREVIEW from `env` (process.env merged with .env files). */
export function siteFromEnv(env: Record<string, string | undefined>): SiteSetting {
  const raw = env['SITE_URL']?.trim() ?? '';
  const preview = env['PREVIEW'] === '1' || env['PREVIEW'] === 'true';
  if (raw === '') {
    return { site: PREVIEW_SITE, preview, problem: preview ? undefined : `SITE_URL is not set, so canonical URLs, share cards, the sitemap and the feeds would have no address to point at. ${HOW}` };
  }
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') {
    return { site: PREVIEW_SITE, preview: false, problem: `SITE_URL="${raw}" is not a web address starting with https:// (or http://). ${HOW}` };
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return {
      site: PREVIEW_SITE,
      preview: false,
      problem: `SITE_URL="${raw}" has a path: SITE_URL is the origin only (${url.origin}); put the sub-path in BASE_PATH (BASE_PATH=${url.pathname.replace(/\/$/, '')}).`,
    };
  }
  return { site: url.origin, preview: false, problem: undefined };
}

/** Fails `astro build` when the site URL is missing or broken; announces a preview build. */
export function siteUrl(setting: SiteSetting): AstroIntegration {
  return {
    name: 'msl:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (setting.problem) throw new Error(setting.problem);
        if (setting.preview) logger.info(`preview build: canonical URLs point at ${setting.site} (not for deploying; set SITE_URL for that)`);
      },
    },
  };
}
