/** /en/charts/<id>.png: the English edition's chart pictures (src/data/chart-png.ts). */
import type { GetStaticPaths } from 'astro';
import { chartPng, chartPngPaths } from '../../../data/chart-png';

export const getStaticPaths = (() => chartPngPaths()) satisfies GetStaticPaths;
export const GET = chartPng('en');
