/** /charts/<id>.narrow.png: the Indonesian edition's chart pictures for phones (src/data/chart-png.ts). */
import type { GetStaticPaths } from 'astro';
import { CHART_PNG_NARROW } from '../../charts/render-png';
import { chartPng, chartPaths } from '../../data/chart-png';

export const getStaticPaths = (() => chartPaths()) satisfies GetStaticPaths;
export const GET = chartPng('id', CHART_PNG_NARROW);
