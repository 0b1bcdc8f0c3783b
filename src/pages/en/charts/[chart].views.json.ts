/** /en/charts/<id>.views.json: what the English edition's chart figures draw from (src/site/chart-png.ts, chartJson). */
import type { GetStaticPaths } from 'astro';
import { chartJson, chartPaths } from '../../../site/chart-png';

export const getStaticPaths = (() => chartPaths('en', 'views')) satisfies GetStaticPaths;
export const GET = chartJson('en', 'views');
