/** Site-internal links under this build's base path (Astro's BASE_URL). */
import { joinBase } from '../domain/url.ts';

/** A site path ("/yang-song/", "metode/#sumber") prefixed with this build's base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
