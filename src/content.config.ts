import { defineCollection } from 'astro:content';
import { datasetLoader } from './content/dataset-loader.ts';
import { storyLoader } from './content/story-loader.ts';
import { dataSchemas } from './domain/schemas/index.ts';
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

export const collections = {
  stories,
  pages,
  organisations: defineCollection({ loader: datasetLoader('organisations'), schema: dataSchemas.organisations }),
  people: defineCollection({ loader: datasetLoader('people'), schema: dataSchemas.people }),
  events: defineCollection({ loader: datasetLoader('events'), schema: dataSchemas.events }),
  sources: defineCollection({ loader: datasetLoader('sources'), schema: dataSchemas.sources }),
};
