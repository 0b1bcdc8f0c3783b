/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import BuildsFirst from './tests/setup/sequencer.ts';

export default getViteConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Generous: the suite keeps both cores busy, and a browser test that takes 20 s alone can take three times that.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Tests of a describe block marked concurrent (builds, browser pages), at most three at a time.
    maxConcurrency: 3,
    // Two files at a time: most test time is spent waiting on child builds and the browser, so one worker per core left a core idle.
    maxWorkers: 2,
    // The shared builds of the real site (tests/setup/builds.ts), started once per run; Chromium checked.
    globalSetup: ['./tests/setup/global.ts'],
    // Files running builds of their own start first (tests/setup/sequencer.ts).
    sequence: { sequencer: BuildsFirst },
  },
});
