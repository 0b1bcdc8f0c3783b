import { defineCollection } from 'astro:content';
import { storyLoader } from './content/story-loader.ts';
import { withFrontmatterErrors } from './content/frontmatter-errors.ts';
import { storySchema } from './domain/schemas/story.ts';
import { pageSchema } from './domain/schemas/page.ts';

// withFrontmatterErrors: a frontmatter mistake is reported at its line, in words (Astro's own message says 0:0).
const stories = defineCollection({
  loader: withFrontmatterErrors(storyLoader({ base: './content/stories', kind: 'story' }), storySchema),
  schema: storySchema,
});

const pages = defineCollection({
  loader: withFrontmatterErrors(storyLoader({ base: './content/pages', kind: 'page' }), pageSchema),
  schema: pageSchema,
});

// The dataset (content/data/*.yaml) is no collection: pages, remark plugins, scripts and tests all read it
// through readDataset (src/site/read-dataset.ts), validated once per build.
export const collections = {
  stories,
  pages,
};
