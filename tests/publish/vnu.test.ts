/**
 * Every built HTML page passes the W3C's Nu Html Checker (the `vnu-jar`
 * package, run on Java 17+) with 0 errors. It reads pages as browsers do and
 * catches what html-validate does not, such as a <script> after </html>
 * ("Stray start tag script"). One run of the checker over every page; each
 * page is its own test, with the line, column and markup of each error.
 * (Its CSP notes are warnings about file:// loading; the browser tests check
 * the policy for real.)
 *
 * Needs `java` on PATH (Debian: apt-get install default-jre-headless; .ci/run
 * installs it): skipped loudly without it, a failure under CI=1 or
 * REQUIRE_JAVA=1.
 * Run: npx vitest run tests/publish/vnu.test.ts
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, listFiles } from './site.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
}

const truthy = (v: string | undefined) => v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
const JAVA_REQUIRED = truthy(process.env['CI']) || process.env['REQUIRE_JAVA'] === '1';
const HAS_JAVA = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
const SKIP = !HAS_JAVA && !JAVA_REQUIRED;
if (SKIP) {
  const line = '!'.repeat(78);
  console.warn(
    [
      '',
      line,
      '!!  W3C NU HTML CHECKER SKIPPED: no `java` on PATH (tests/publish/vnu.test.ts).',
      '!!  Install it:   sudo apt-get install -y default-jre-headless   (Debian/Ubuntu)',
      '!!  Set REQUIRE_JAVA=1 (CI does) to make this a failure.',
      line,
      '',
    ].join('\n'),
  );
}

/** The path of vnu.jar: the package's main export is that path. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

const site = SKIP ? null : await builtSite('/');
const pages = site ? listFiles(site.root).filter((f) => f.endsWith('.html')) : [];

/** Runs the checker once over every page; messages by page (relative path). */
function check(): Map<string, VnuMessage[]> {
  // The checker starts a JVM; on the command line of a long list it is started only once.
  const result = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...pages.map((p) => join(site!.root, p))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`vnu.jar did not run (exit ${result.status}):\n${result.stderr}\n${result.stdout}`);
  const { messages } = JSON.parse(result.stderr) as { messages: VnuMessage[] };
  const byPage = new Map<string, VnuMessage[]>(pages.map((p) => [p, []]));
  for (const m of messages) {
    const page = m.url ? pages.find((p) => decodeURIComponent(new URL(m.url!).pathname).endsWith(`/${p}`)) : undefined;
    if (page) byPage.get(page)!.push(m);
    else throw new Error(`vnu.jar: ${m.type}: ${m.message}${m.url ? ` (${m.url})` : ''}`);
  }
  return byPage;
}

const describeMessage = (page: string, m: VnuMessage) =>
  `  ${page}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}  ${m.message}${m.extract ? `\n      markup:  …${m.extract.replace(/\s+/g, ' ')}…` : ''}`;

describe.skipIf(SKIP)('the W3C Nu Html Checker on the built site', () => {
  if (!HAS_JAVA) {
    it('has Java to run the checker', () => {
      throw new Error('Java is required (CI or REQUIRE_JAVA=1) but `java` is not on PATH. Install it with `apt-get install -y default-jre-headless`.');
    });
    return;
  }
  const results = check();

  it('finds pages to check, the embeds among them', () => {
    expect(pages).toContain('index.html');
    expect(pages.filter((p) => p.startsWith('embed/')).length).toBeGreaterThan(0);
  });

  it.each(pages)('%s has no errors', (page) => {
    const errors = results.get(page)!.filter((m) => m.type !== 'info');
    expect(errors.length, `the Nu Html Checker found ${errors.length} error(s):\n${errors.map((m) => describeMessage(page, m)).join('\n')}\n`).toBe(0);
  });
});
