/**
 * What a child build of the tests runs with (no vitest imports: used by the globalSetup too).
 */
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/**
 * The environment for a child `astro build`. Vitest sets BASE_URL=/, DEV=1,
 * PROD='', MODE=test, SITE, NODE_ENV=test… in process.env, and Astro inlines
 * import.meta.env.* from process.env at build time: inherited, they would
 * turn every withBase() link into a root link and mark the build as dev.
 * PREVIEW=1: a test build needs no SITE_URL (its URLs point at localhost);
 * pass PREVIEW: '' in `extra` for a production build.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|SITE|DEV|PROD|MODE|SSR|ASSETS_PREFIX|NODE_ENV|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  return { ...env, FORCE_COLOR: '0', PREVIEW: '1', ...extra };
}

/** The shared builds (tests/setup/builds.ts): their base, the origin of their absolute URLs, their environment. */
export const BUILDS = {
  root: { base: '/', site: 'http://localhost:4321', env: { PREVIEW: '1' } },
  sub: { base: '/msl/', site: 'https://charts.example', env: { PREVIEW: '', SITE_URL: 'https://charts.example', BASE_PATH: '/msl/' } },
} as const;

export type BuildName = keyof typeof BUILDS;

export interface BuildPlan {
  /** The built site (scripts/build.mjs's --outDir). */
  dist: string;
  /** Written when the build has ended: {"code": number | null, "output": "…"}. */
  status: string;
}
