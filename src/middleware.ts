/**
 * Every page and endpoint renders from one dataset per request: the one read
 * here, before it renders, as `Astro.locals.dataset` (`locals.dataset` in an
 * endpoint). Components do not read the disk themselves, so a save in
 * `astro dev` while a page or a chart picture renders changes the next
 * request, not this one halfway through.
 *
 * In `astro dev` a mistake in content/data stops the request here, at once,
 * with one error for the overlay (src/content/content-error.ts: the build's
 * message as its title, the YAML at the line to fix), instead of failing in
 * every component that reads the data, each failure printed again. The build
 * checks the data before it starts (src/integrations/dataset.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { DatasetError } from './domain/dataset.ts';
import { overlayError } from './content/content-error.ts';
import { readDataset } from './site/read-dataset.ts';

export const onRequest = defineMiddleware((context, next) => {
  try {
    context.locals.dataset = readDataset();
  } catch (e) {
    throw import.meta.env.DEV && e instanceof DatasetError ? overlayError(e, process.cwd()) : e;
  }
  return next();
});
