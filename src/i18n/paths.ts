/** Site paths of the pages each edition links to (without the base path; see withBase). */
import type { Locale } from './ui.ts';

export const paths: Record<Locale, { home: string; methods: string; data: string }> = {
  id: { home: '/', methods: '/metode/', data: '/data/' },
  en: { home: '/en/', methods: '/en/methods/', data: '/data/' },
};
