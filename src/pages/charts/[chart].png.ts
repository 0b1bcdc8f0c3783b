/** /charts/<id>.png: the Indonesian edition's chart pictures (src/data/chart-png.ts). */
import type { GetStaticPaths } from 'astro';
import { chartPng, chartPngPaths } from '../../data/chart-png';

export const getStaticPaths = (() => chartPngPaths()) satisfies GetStaticPaths;
export const GET = chartPng('id');
