/** /en/rss.xml: the English edition's stories (see ../_feed.ts). */
import type { APIRoute } from 'astro';
import { storyFeed } from '../_feed';

export const GET: APIRoute = (context) => storyFeed('en', context);
