/**
 * /og/<slug>.png: the 1200×630 picture link previews show for a story (its
 * og:image): the headline beside the hiring-wave chart, and the site name.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { renderSocialCard, themeFromCss } from '../../charts/render-png';
import { chartSpec } from '../../data/charts';
import { t } from '../../i18n/ui';
import globalCss from '../../styles/global.css?raw';

export const getStaticPaths = (async () => {
  const stories = await getCollection('stories', ({ data }) => !data.draft);
  return stories.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'stories'> }> = async ({ props }) => {
  const { title, lang } = props.entry.data;
  const spec = await chartSpec('hiring-wave', lang);
  const png = await renderSocialCard({ title, siteName: t(lang, 'site.name'), view: spec.views[0]! }, themeFromCss(globalCss));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
