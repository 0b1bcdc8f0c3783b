/**
 * public/_headers, read the way Netlify and Cloudflare Pages read it: every
 * page gets one strict policy that forbids framing, /embed/* gets exactly one
 * policy that allows it, fingerprinted assets are cached for a year, and the
 * policy never allows inline or remote scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, matches, parseHeadersFile, type Host } from './headers-file.ts';
import { PROJECT_ROOT } from './site.ts';

const rules = parseHeadersFile(readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8'));
const hosts: Host[] = ['netlify', 'cloudflare'];

/** "default-src 'self'; …" -> { 'default-src': ["'self'"], … }; a repeated directive is a mistake. */
function directives(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    if (name! in out) throw new Error(`directive ${name} appears twice in: ${policy}`);
    out[name!] = values;
  }
  return out;
}

describe('_headers path patterns', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/meta-rekrut-yang-song/', true],
    ['/embed/*', '/embed/origins/', true],
    ['/embed/*', '/embedded/', false],
    ['/embed/*', '/en/embed/origins/', false],
    ['/_astro/*', '/_astro/chart.B1x.js', true],
    ['/data/people.csv', '/data/people.csv', true],
    ['/data/people.csv', '/data/peopleXcsv', false],
    ['/:page/', '/metode/', true],
    ['/:page/', '/en/methods/', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });
});

describe('the host model', () => {
  const model = parseHeadersFile('/*\n  A: 1\n  B: x\n/sub/*\n  ! A\n  A: 2\n  B: y\n');
  it('joins repeated headers and honours "!" on Cloudflare Pages', () => {
    expect(headersFor(model, '/sub/page', 'cloudflare')).toEqual({ a: '2', b: 'x, y' });
  });
  it('keeps the later rule on Netlify', () => {
    expect(headersFor(model, '/sub/page', 'netlify')).toEqual({ a: '2', b: 'y' });
  });
});

describe.each(hosts)('public/_headers on %s', (host) => {
  const pages = ['/', '/meta-rekrut-yang-song/', '/metode/', '/data/', '/en/', '/404.html', '/rss.xml'];

  it.each(pages)('gives %s one strict policy that forbids framing', (path) => {
    const h = headersFor(rules, path, host);
    const csp = directives(h['content-security-policy']!);
    expect(csp).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
    expect(h).toMatchObject({
      'strict-transport-security': 'max-age=31536000',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    });
    expect(h['cache-control'], 'HTML keeps the host default (max-age=0, must-revalidate)').toBeUndefined();
  });

  it('gives /embed/* exactly one policy, the same but framable from anywhere', () => {
    const page = directives(headersFor(rules, '/metode/', host)['content-security-policy']!);
    const embed = headersFor(rules, '/embed/origins/', host);
    expect(embed['content-security-policy']).not.toContain(',');
    expect(directives(embed['content-security-policy']!)).toEqual({ ...page, 'frame-ancestors': ['*'] });
    expect(embed['x-content-type-options']).toBe('nosniff');
  });

  it('caches fingerprinted assets for a year and nothing else', () => {
    expect(headersFor(rules, '/_astro/chart-figure.CZj7oKs6.js', host)['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/og/meta-rekrut-yang-song.jpg', host)['cache-control']).toBeUndefined();
  });

  it('serves the data downloads to any origin, CSV as UTF-8', () => {
    expect(headersFor(rules, '/data/people.csv', host)).toMatchObject({ 'access-control-allow-origin': '*', 'content-type': 'text/csv; charset=utf-8' });
    expect(headersFor(rules, '/data/events.json', host)['access-control-allow-origin']).toBe('*');
  });
});

describe('the policy', () => {
  const all = rules.flatMap((r) => r.set.filter(([name]) => name === 'content-security-policy').map(([, value]) => directives(value)));

  it('never allows inline, eval or remote scripts', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const csp of all) {
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['style-src'], '<style> elements stay blocked; only style="" attributes are allowed').toEqual(["'self'"]);
    }
  });
});
