/** /charts/<id>.png: the Indonesian edition's chart pictures (src/site/chart-png.ts). */
import type { GetStaticPaths } from 'astro';
import { chartPng, chartPaths } from '../../site/chart-png';

export const getStaticPaths = (() => chartPaths('id', 'picture')) satisfies GetStaticPaths;
export const GET = chartPng('id');
