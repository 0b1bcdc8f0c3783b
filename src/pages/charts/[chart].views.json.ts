/** /charts/<id>.views.json: what the Indonesian edition's chart figures draw from (src/site/chart-png.ts, chartJson). */
import type { GetStaticPaths } from 'astro';
import { chartJson, chartPaths } from '../../site/chart-png';

export const getStaticPaths = (() => chartPaths('id', 'views')) satisfies GetStaticPaths;
export const GET = chartJson('id', 'views');
