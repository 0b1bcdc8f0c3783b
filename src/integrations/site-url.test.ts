import { describe, expect, it } from 'vitest';
import { PREVIEW_SITE, siteFromEnv, siteUrl } from './site-url.ts';

describe('siteFromEnv', () => {
  it.each([
    [{ SITE_URL: 'https://data.example.org' }, 'https://data.example.org', false],
    [{ SITE_URL: ' https://Data.Example.org/ ' }, 'https://data.example.org', false],
    [{ SITE_URL: 'http://localhost:8080' }, 'http://localhost:8080', false],
    [{ SITE_URL: 'https://data.example.org', PREVIEW: '1' }, 'https://data.example.org', false],
    [{ PREVIEW: '1' }, PREVIEW_SITE, true],
    [{ PREVIEW: 'true', SITE_URL: '' }, PREVIEW_SITE, true],
  ])('%j gives %s (preview %s) and no problem', (env, site, preview) => {
    expect(siteFromEnv(env)).toEqual({ site, preview, problem: undefined });
  });

  it.each([
    [{}, /^SITE_URL is not set/],
    [{ SITE_URL: '' }, /^SITE_URL is not set/],
    [{ PREVIEW: '0' }, /^SITE_URL is not set/],
    [{ SITE_URL: 'data.example.org' }, /^SITE_URL="data.example.org" is not a web address starting with https:\/\//],
    [{ SITE_URL: 'javascript:alert(1)' }, /^SITE_URL="javascript:alert\(1\)" is not a web address/],
    [{ SITE_URL: 'ftp://example.org' }, /is not a web address/],
    [{ SITE_URL: 'https://user.github.io/msl-explainer/' }, /has a path: SITE_URL is the origin only \(https:\/\/user\.github\.io\); put the sub-path in BASE_PATH \(BASE_PATH=\/msl-explainer\)/],
  ])('%j is refused for a production build', (env, message) => {
    const setting = siteFromEnv(env);
    expect(setting.problem).toMatch(message);
    expect(setting.preview).toBe(false);
  });

  it('says what to set and where', () => {
    expect(siteFromEnv({}).problem).toContain('Set SITE_URL to the public origin the site is served from, e.g. SITE_URL=https://data.example.org npm run build');
    expect(siteFromEnv({}).problem).toContain('.env file');
  });
});

describe('siteUrl integration', () => {
  const run = (env: Record<string, string>, command: 'build' | 'dev' | 'sync' | 'preview') => {
    const logged: string[] = [];
    const hook = siteUrl(siteFromEnv(env)).hooks['astro:config:setup']!;
    const logger = { info: (m: string) => logged.push(m) };
    (hook as (o: unknown) => void)({ command, logger });
    return logged;
  };

  it('fails astro build without SITE_URL, naming what to set', () => {
    expect(() => run({}, 'build')).toThrow(/SITE_URL is not set.*Set SITE_URL/);
  });

  it('lets dev, sync and preview run without SITE_URL', () => {
    for (const command of ['dev', 'sync', 'preview'] as const) expect(run({}, command)).toEqual([]);
  });

  it('announces a preview build', () => {
    expect(run({ PREVIEW: '1' }, 'build')).toEqual(['preview build: canonical URLs point at http://localhost:4321 (not for deploying; set SITE_URL for that)']);
  });

  it('says nothing on a production build with SITE_URL', () => {
    expect(run({ SITE_URL: 'https://data.example.org' }, 'build')).toEqual([]);
  });
});
