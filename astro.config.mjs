// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { storyProcessor } from './src/integrations/story-pipeline.ts';
import { limitMdxCompiles } from './src/integrations/limit-mdx-compiles.ts';
import { mdxCache } from './src/integrations/mdx-cache.ts';
import { compileInputsOf } from './src/remark/compile-inputs.ts';
import { mdxWorkers } from './src/integrations/mdx-workers.ts';
import { siteFromEnv, siteUrl } from './src/integrations/site-url.ts';
import { loadEnv } from 'vite';
import { siteFonts } from './src/integrations/site-fonts.ts';
import { terseClientJs } from './src/integrations/terse-client-js.ts';
import { datasetIntegration } from './src/integrations/dataset.ts';
import { readDataset } from './src/site/read-dataset.ts';
import { fileURLToPath } from 'node:url';

// Deployers set SITE_URL and BASE_PATH (e.g. BASE_PATH=/msl-explainer for GitHub Pages), in the
// environment or in a .env file (the environment wins). `astro build` without SITE_URL fails, unless
// PREVIEW=1 (npm start, the tests): then the URLs point at localhost (src/integrations/site-url.ts).
const env = loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), '');
const where = siteFromEnv(env);
const site = where.site;
const base = env.BASE_PATH || '/';
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Indonesian is the primary edition at the root; English lives under /en/.
  i18n: {
    defaultLocale: 'id',
    locales: ['id', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // No code in the stories: skip Shiki (a rehype pass over every page).
    syntaxHighlight: false,
    // The stories' remark plugins, in order, and how they read the dataset: src/integrations/story-pipeline.ts.
    processor: storyProcessor(root),
  },
  // optimize: static parts of an MDX page compile to HTML strings instead of a JSX call per element,
  // so 1,000 stories compile, bundle and render faster in less memory (docs/benchmark.md). Same HTML.
  // limitMdxCompiles: at most four MDX files compile at once in a build, instead of all of them
  // (1,000 stories: 2.6 GB -> 1.7 GB peak, and faster; src/integrations/limit-mdx-compiles.ts).
  // siteFonts: the two families subset to the site's characters and weights, before Vite starts
  // (src/integrations/site-fonts.ts); global.css imports @site-fonts/fonts.css.
  // mdxCache: compiled stories kept in node_modules/.astro/mdx/ between builds, keyed by the file, the pipeline
  // (this config and every file it imports, package-lock.json) and what the plugins read from the dataset
  // (src/remark/compile-inputs.ts); after a one-story edit only that story compiles (src/integrations/mdx-cache.ts).
  // mdxWorkers: in a build, the stories after the first 24 compile in worker threads, one per core, with the same
  // pipeline (src/integrations/mdx-workers.ts; the same pages, a shorter build at 1,000 stories).
  // terseClientJs: Terser after Vite's minifier on the browser's JavaScript, cached (Chart.js: 52 -> 46 KB gzip).
  integrations: [datasetIntegration(), siteUrl(where), siteFonts(), mdx({ optimize: true }), limitMdxCompiles({ limit: 4 }), mdxCache({ data: (root) => compileInputsOf(readDataset(root)).key }), mdxWorkers(), terseClientJs()],
  // The CSP (public/_headers) allows scripts and styles only as files from the site:
  // never inline small scripts, assets or stylesheets into the HTML.
  // concurrency: social cards (/og/*.jpg) spend most of their time encoding in libuv's thread pool;
  // with four routes in flight the main thread renders the next ones meanwhile (docs/benchmark.md).
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // Incremental builds: a story page or social card whose cacheKey (src/integrations/incremental-keys.ts, the og
  // route) and code are unchanged is copied from node_modules/.astro/ instead of rendered; keep that folder between
  // builds (docs/deploy.md). The first build, or one after a lockfile or config change, renders everything.
  experimental: { incrementalBuild: true },
  // A <meta> Content-Security-Policy on every page, for hosts that ignore public/_headers (GitHub Pages, S3):
  // Astro adds the hashes of the scripts and styles it bundles to script-src and style-src. The header
  // policy in _headers stays the stricter one (it alone can carry frame-ancestors); tests/publish/csp-meta.test.ts
  // loads the site in Chromium without headers. Keep the directives in step with public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX page's assets module "use astro:head-inject", and Rolldown warns once per
        // story that it may not keep that directive (withastro/astro#18087: harmless, not fixed in 7.3.5).
        // A thousand such warnings would bury the ones a journalist needs to see; every other log passes.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
