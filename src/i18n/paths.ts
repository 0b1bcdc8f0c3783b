/** Site paths of the pages each edition links to (without the base path; see withBase). */
import type { Locale } from './ui.ts';

export const paths: Record<Locale, { home: string; methods: string; data: string }> = {
  id: { home: '/', methods: '/metode/', data: '/data/' },
  en: { home: '/en/', methods: '/en/methods/', data: '/data/' },
};

/**
 * Site path of a file drawn or computed per chart and edition:
 * chartFile('en', 'hiring-wave', 'png') is "/en/charts/hiring-wave.png".
 * Written by src/pages/charts/ and src/pages/en/charts/.
 */
export const chartFile = (locale: Locale, chart: string, ext: 'png' | 'narrow.png' | 'views.json' | 'details.json') =>
  `${locale === 'id' ? '' : `/${locale}`}/charts/${chart}.${ext}`;
