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
import { oncePerBuild } from '../../site/once-per-build';
import { t, type Locale } from '../../i18n/ui';
import globalCss from '../../styles/global.css?raw';
import { publishedStories } from '../../site/stories.ts';

export const getStaticPaths = (async () => {
  const stories = await publishedStories();
  return stories.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

const theme = themeFromCss(globalCss);
const bases = new Map<string, Promise<Canvas>>();

/** The card without its headline, once per edition (per request in dev, where the data can change). */
const base = (lang: Locale) =>
  oncePerBuild(bases, lang, async () => socialCardBase({ siteName: t(lang, 'site.name'), view: (await chartSpec('hiring-wave', lang)).views[0]! }, theme));

export const GET: APIRoute<{ entry: CollectionEntry<'stories'> }> = async ({ props }) => {
  const { title, lang } = props.entry.data;
  const jpeg = await socialCard(await base(lang), title, theme);
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
