/** /en/charts/<id>.png: the English edition's chart pictures (src/site/chart-png.ts). */
import type { GetStaticPaths } from 'astro';
import { chartPng, chartPaths } from '../../../site/chart-png';

export const getStaticPaths = (() => chartPaths('en', 'picture')) satisfies GetStaticPaths;
export const GET = chartPng('en');
