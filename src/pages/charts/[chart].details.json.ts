/** /charts/<id>.details.json: the Indonesian edition's tooltip lines per chart (src/site/chart-png.ts). */
import type { GetStaticPaths } from 'astro';
import { chartJson, chartPaths } from '../../site/chart-png';

export const getStaticPaths = (() => chartPaths('id', 'details')) satisfies GetStaticPaths;
export const GET = chartJson('id', 'details');
