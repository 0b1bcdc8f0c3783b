/** /en/charts/<id>.details.json: the English edition's tooltip lines per chart (src/site/chart-png.ts). */
import type { GetStaticPaths } from 'astro';
import { chartJson, chartPaths } from '../../../site/chart-png';

export const getStaticPaths = (() => chartPaths('en', 'details')) satisfies GetStaticPaths;
export const GET = chartJson('en', 'details');
