import { defineCollection } from 'astro:content';
import { storyLoader } from './content/story-loader.ts';
import { storySchema } from './domain/schemas/story.ts';
import { pageSchema } from './domain/schemas/page.ts';

const stories = defineCollection({
  loader: storyLoader({ base: './content/stories', kind: 'story' }),
  schema: storySchema,
});

const pages = defineCollection({
  loader: storyLoader({ base: './content/pages', kind: 'page' }),
  schema: pageSchema,
});

// The dataset (content/data/*.yaml) is no collection: pages, remark plugins, scripts and tests all read it
// through readDataset (src/site/read-dataset.ts), validated once per build.
export const collections = {
  stories,
  pages,
};
