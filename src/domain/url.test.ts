import { describe, expect, it } from 'vitest';
import { httpUrl, joinBase } from './url.ts';

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

describe('httpUrl', () => {
  it.each([
    ['https://www.wired.com/story/x/', 'https://www.wired.com/story/x/'],
    ['http://archive.org/web/2025/x', 'http://archive.org/web/2025/x'],
    ['  https://x.test/a?b=1#c \n', 'https://x.test/a?b=1#c'],
    ['HTTPS://X.TEST/', 'HTTPS://X.TEST/'],
    ['HtTp://x.test', 'HtTp://x.test'],
  ])('accepts %j as %j', (value, expected) => {
    expect(httpUrl(value)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'https://x.test/\u0000',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://x.test/',
    'mailto:a@x.test',
    '//x.test/path',
    '/metode/',
    'x.test',
    'https://',
    'https:',
    '',
    '   ',
    null,
    undefined,
    42,
  ])('refuses %j', (value) => {
    expect(httpUrl(value)).toBeNull();
  });
});
