/**
 * In `astro dev`, the dataset is checked before a page renders: a mistake in
 * content/data then stops the request at once, with one error for the overlay
 * (src/content/content-error.ts: the build's message as its title, the YAML at
 * the line to fix), instead of failing in every component that reads the data
 * at the same time, each failure printed again. The build checks the data
 * before it starts (src/integrations/dataset.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { DatasetError } from './domain/dataset.ts';
import { overlayError } from './content/content-error.ts';
import { readDataset } from './site/read-dataset.ts';

export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) {
    try {
      readDataset();
    } catch (e) {
      throw e instanceof DatasetError ? overlayError(e, process.cwd()) : e;
    }
  }
  return next();
});
