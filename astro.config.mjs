// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkDropReadAlso } from './src/remark/remark-drop-read-also.ts';
import { remarkCheckComponents } from './src/remark/remark-check-components.ts';
import { remarkPersonMentions } from './src/remark/remark-person-mentions.ts';
import { remarkTypography } from './src/remark/remark-typography.ts';
import { remarkReadingTime } from './src/remark/remark-reading-time.ts';

// Deployers set SITE_URL and BASE_PATH (e.g. BASE_PATH=/msl-explainer for GitHub Pages).
const site = process.env.SITE_URL ?? 'https://example.org';
const base = process.env.BASE_PATH ?? '/';

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
    // SmartyPants gets Indonesian wrong ('25, 'kan, 2020--2025); remark-typography does it instead, last,
    // after names have been matched against the data.
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkDropReadAlso, remarkCheckComponents, remarkPersonMentions, remarkTypography, remarkReadingTime],
    }),
  },
  integrations: [mdx()],
  // The CSP (public/_headers) allows scripts and styles only as files from the site:
  // never inline small scripts, assets or stylesheets into the HTML.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
