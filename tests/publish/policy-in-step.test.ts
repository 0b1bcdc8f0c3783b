/**
 * One Content-Security-Policy, written in three places that must agree:
 * public/_headers (the one the hosts apply), docs/deploy.md (what a deployer
 * copies into CloudFront or checks with curl), and the <meta> policy every
 * built page carries for hosts without headers (security.csp in
 * astro.config.mjs: the same directives, plus the hashes Astro adds, minus
 * frame-ancestors, which a <meta> policy cannot carry).
 *
 * Run: npx vitest run tests/publish/policy-in-step.test.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { BUILD_WAIT_MS } from '../setup/builds.ts';
import { builtSite, listFiles, PROJECT_ROOT } from './site.ts';

const rules = parseHeadersFile(readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8'));
const sitePolicy = headersFor(rules, '/metode/', 'netlify')['content-security-policy']!;
const embedPolicy = headersFor(rules, '/embed/origins/', 'netlify')['content-security-policy']!;
const deployDoc = readFileSync(join(PROJECT_ROOT, 'docs/deploy.md'), 'utf8');

/** Directives in order, each "name value value", spaces normalised; hashes dropped when asked. */
function normalise(policy: string, { dropHashes = false } = {}): string[] {
  return policy
    .split(';')
    .map((d) => d.trim().split(/\s+/).filter((v) => !(dropHashes && /^'sha(256|384|512)-/.test(v))).join(' '))
    .filter(Boolean);
}

describe('the CSP in public/_headers, docs/deploy.md and the pages’ <meta>', () => {
  it('gives English embeds the embed policy, like the Indonesian ones', () => {
    expect(headersFor(rules, '/en/embed/origins/', 'netlify')['content-security-policy']).toBe(embedPolicy);
    expect(headersFor(rules, '/en/embed/origins/', 'cloudflare')['content-security-policy']).toBe(embedPolicy);
  });

  it('is written in docs/deploy.md exactly as in public/_headers, every time it appears', () => {
    const inDocs = [...deployDoc.matchAll(/default-src [^`"\n]*/g)].map((m) => m[0]);
    expect(inDocs.length, 'the policy is spelled out in the docs').toBeGreaterThanOrEqual(2);
    for (const policy of inDocs) expect(normalise(policy), `docs/deploy.md: ${policy}`).toEqual(normalise(sitePolicy));
    expect(normalise(embedPolicy)).toEqual(normalise(sitePolicy).map((d) => (d.startsWith('frame-ancestors') ? 'frame-ancestors *' : d)));
    expect(deployDoc, 'the docs say which paths get the embed policy').toContain('on `/embed/*` and `/en/embed/*` the same with `frame-ancestors *`');
  });

  it('is on every built page as a <meta> policy with the same directives, less frame-ancestors', async () => {
    const site = await builtSite('/');
    const pages = listFiles(site.root).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const expected = normalise(sitePolicy).filter((d) => !d.startsWith('frame-ancestors'));
    for (const page of pages) {
      const html = readFileSync(join(site.root, page), 'utf8');
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map((m) => m[1]!);
      expect(metas, `${page}: one <meta> CSP`).toHaveLength(1);
      // A policy only covers what comes after it; JSON data blocks are not scripts.
      const firstScript = html.search(/<script(?![^>]*type="application\/(?:ld\+)?json")[\s>]/);
      expect(html.indexOf(metas[0]!), `${page}: the <meta> CSP comes before the first script`).toBeLessThan(firstScript === -1 ? Infinity : firstScript);
      expect(normalise(metas[0]!, { dropHashes: true }).sort(), page).toEqual([...expected].sort());
    }
  }, BUILD_WAIT_MS);
});
