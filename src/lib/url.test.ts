import { describe, expect, it } from 'vitest';
import { joinBase, withBase } from './url.ts';

describe('joinBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '', '/'],
    ['/', '/yang-song/', '/yang-song/'],
    ['/', 'yang-song/', '/yang-song/'],
    ['', '/metode/#sumber', '/metode/#sumber'],
    ['/msl-explainer', '/', '/msl-explainer/'],
    ['/msl-explainer/', '/', '/msl-explainer/'],
    ['/msl-explainer', '/yang-song/', '/msl-explainer/yang-song/'],
    ['/msl-explainer/', 'yang-song/', '/msl-explainer/yang-song/'],
    ['msl-explainer', '/favicon.svg', '/msl-explainer/favicon.svg'],
    ['/a/b/', '/metode/?v=1#sumber', '/a/b/metode/?v=1#sumber'],
  ])('joins base %j and path %j into %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it('leaves absolute URLs alone', () => {
    expect(joinBase('/msl-explainer/', 'https://www.wired.com/')).toBe('https://www.wired.com/');
    expect(joinBase('/msl-explainer/', '//cdn.example.org/x')).toBe('//cdn.example.org/x');
  });
});

describe('withBase', () => {
  it('uses the build base path (root under vitest)', () => {
    expect(withBase('/yang-song/')).toBe('/yang-song/');
  });
});
