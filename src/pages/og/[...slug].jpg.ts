/**
 * /og/<slug>.jpg: the 1200×630 picture link previews show for a story (its
 * og:image): the headline beside the hiring-wave chart, and the site name.
 *
 * The chart and the site name depend only on the edition, so they are drawn
 * once per locale and build (src/render/render-png.ts, socialCardBase); each
 * card paints its headline over a copy. Drawing the chart per card cost
 * 45 ms a story (docs/benchmark.md).
 */
import type { Canvas } from '@napi-rs/canvas';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { socialCard, socialCardBase, themeFromCss } from '../../render/render-png';
import { chartSpec } from '../../site/charts';
import { readDataset } from '../../site/read-dataset';
import { sha } from '../../site/incremental-keys';
import type { Dataset } from '../../domain/dataset';
import { oncePerBuild } from '../../site/once-per-build';
import { t, type Locale } from '../../i18n/ui';
import globalCss from '../../styles/global.css?raw';
import { publishedStories } from '../../site/stories.ts';

export const getStaticPaths = (async () => {
  const stories = await publishedStories();
  // astro dev keeps no build to copy from, and a data mistake must reach the middleware's overlay (src/middleware.ts).
  if (import.meta.env.DEV) return stories.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
  // cacheKey (incremental build): a card shows the headline over its edition's first hiring-wave view; the rest of
  // what it draws (theme, fonts, site name) is code, which Astro hashes itself.
  const views = new Map<string, string>();
  const data = readDataset();
  for (const lang of new Set(stories.map((s) => s.data.lang))) views.set(lang, JSON.stringify((await chartSpec('hiring-wave', lang, data)).views[0]));
  return stories.map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
    cacheKey: sha(JSON.stringify([entry.data.title, entry.data.lang, views.get(entry.data.lang)])),
  }));
}) satisfies GetStaticPaths;

const theme = themeFromCss(globalCss);
const bases = new Map<string, Promise<Canvas>>();

/** The card without its headline, once per edition (per request in dev, where the data can change). */
const base = (lang: Locale, data: Dataset) =>
  oncePerBuild(bases, lang, async () => socialCardBase({ siteName: t(lang, 'site.name'), view: (await chartSpec('hiring-wave', lang, data)).views[0]! }, theme));

export const GET: APIRoute<{ entry: CollectionEntry<'stories'> }> = async ({ props, locals }) => {
  const { title, lang } = props.entry.data;
  const jpeg = await socialCard(await base(lang, locals.dataset), title, theme);
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
