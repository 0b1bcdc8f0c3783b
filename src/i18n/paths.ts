/** Site paths of the pages each edition links to (without the base path; see withBase). */
import type { Locale } from './ui.ts';

export const paths: Record<Locale, { home: string; methods: string; data: string }> = {
  id: { home: '/', methods: '/metode/', data: '/data/' },
  en: { home: '/en/', methods: '/en/methods/', data: '/data/' },
};

/** Where an edition's chart files and table pages live: "/charts/", "/en/charts/". */
const chartsFolder = (locale: Locale) => `${locale === 'id' ? '' : `/${locale}`}/charts/`;

/**
 * Site path of a file drawn or computed per chart and edition:
 * chartFile('en', 'hiring-wave', 'png') is "/en/charts/hiring-wave.png".
 * Written by src/pages/charts/ and src/pages/en/charts/.
 */
export const chartFile = (locale: Locale, chart: string, ext: 'png' | 'narrow.png' | 'views.json' | 'details.json') => `${chartsFolder(locale)}${chart}.${ext}`;

/**
 * Site path of a chart's table page, where every table of the chart is printed in full (a table too long for the
 * pages showing the chart links there: src/site/charts.ts, TABLE_ROWS_IN_PAGE). chartTablesPage('en', 'retention')
 * is "/en/charts/retention/". Written by src/pages/charts/[chart]/ and src/pages/en/charts/[chart]/.
 */
export const chartTablesPage = (locale: Locale, chart: string) => `${chartsFolder(locale)}${chart}/`;
