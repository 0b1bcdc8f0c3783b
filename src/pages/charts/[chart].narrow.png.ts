/** /charts/<id>.narrow.png: the Indonesian edition's chart pictures for phones (src/site/chart-png.ts). */
import type { GetStaticPaths } from 'astro';
import { CHART_PNG_NARROW } from '../../render/render-png';
import { chartPng, chartPaths } from '../../site/chart-png';

export const getStaticPaths = (() => chartPaths('id', 'picture')) satisfies GetStaticPaths;
export const GET = chartPng('id', CHART_PNG_NARROW);
