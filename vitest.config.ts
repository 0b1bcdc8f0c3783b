/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two files at a time: most test time is spent waiting on child builds and the browser, so one worker per core left a core idle.
    maxWorkers: 2,
    globalSetup: ['./tests/browser/global-setup.ts'],
  },
});
