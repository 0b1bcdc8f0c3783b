/** The story queries every listing shares: published (not draft) stories, newest first. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';

export type StoryEntry = CollectionEntry<'stories'>;

/** Published stories of one edition (or of all, without `lang`), newest first; ties keep the collection's order. */
export async function publishedStories(lang?: Locale): Promise<StoryEntry[]> {
  const stories = await getCollection('stories', ({ data }) => !data.draft && (lang === undefined || data.lang === lang));
  // ISO days sort as strings.
  return stories.sort((a, b) => b.data.published.localeCompare(a.data.published));
}
