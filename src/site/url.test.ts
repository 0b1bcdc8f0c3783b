import { afterEach, describe, expect, it, vi } from 'vitest';
import { withBase } from './url.ts';

describe('withBase', () => {
  // Under vitest BASE_URL is always "/": set it as a sub-path build would, so a withBase() that ignored it fails.
  afterEach(() => vi.unstubAllEnvs());
  it.each([
    ['/msl-explainer/', '/yang-song/', '/msl-explainer/yang-song/'],
    ['/msl-explainer/', '/', '/msl-explainer/'],
    ['/', '/yang-song/', '/yang-song/'],
  ])('puts the build base path %j before %j', (base, path, expected) => {
    vi.stubEnv('BASE_URL', base);
    expect(withBase(path)).toBe(expected);
  });
});
