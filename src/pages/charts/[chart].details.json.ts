/** /charts/<id>.details.json: the Indonesian edition's tooltip lines per chart (src/data/chart-png.ts). */
import type { GetStaticPaths } from 'astro';
import { chartDetails, chartPaths } from '../../data/chart-png';

export const getStaticPaths = (() => chartPaths()) satisfies GetStaticPaths;
export const GET = chartDetails('id');
