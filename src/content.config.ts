import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { datasetLoader } from './content/dataset-loader.ts';
import { dataSchemas } from './schemas/index.ts';
import { storySchema } from './schemas/story.ts';
import { pageSchema } from './schemas/page.ts';

// retainBody: false keeps the MDX source out of the content store, which Astro bundles into the server
// build: at 1,000 stories that was 17 MB of text carried through Vite and the render (docs/benchmark.md).
// Code that needs a story's source reads its file (src/data/embed-paths.ts).
const stories = defineCollection({
  loader: glob({ base: './content/stories', pattern: '**/[^_]*.mdx', retainBody: false }),
  schema: storySchema,
});

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/[^_]*.mdx', retainBody: false }),
  schema: pageSchema,
});

export const collections = {
  stories,
  pages,
  organisations: defineCollection({ loader: datasetLoader('organisations'), schema: dataSchemas.organisations }),
  people: defineCollection({ loader: datasetLoader('people'), schema: dataSchemas.people }),
  events: defineCollection({ loader: datasetLoader('events'), schema: dataSchemas.events }),
  sources: defineCollection({ loader: datasetLoader('sources'), schema: dataSchemas.sources }),
};
