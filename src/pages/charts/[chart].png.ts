/** /charts/<id>.png: the Indonesian edition's chart pictures (src/data/chart-png.ts). */
import type { GetStaticPaths } from 'astro';
import { chartPng, chartPaths } from '../../data/chart-png';

export const getStaticPaths = (() => chartPaths()) satisfies GetStaticPaths;
export const GET = chartPng('id');
