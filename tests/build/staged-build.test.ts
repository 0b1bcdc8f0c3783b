/**
 * End-to-end, in one copy of the project, `npm run build` (scripts/build.mjs):
 * - without SITE_URL a production build fails and says what to set;
 * - SITE_URL from a .env file is used;
 * - a build publishes no .prerender/ and no draft's text;
 * - two builds of the same sources are byte-identical;
 * - a build that fails partway, or whose astro process is killed (SIGKILL)
 *   or that is stopped (SIGTERM) after it started writing, leaves dist/
 *   exactly as it was, and no staging folder behind.
 * The first two steps share one copy and run in order; once it holds a complete
 * build, the rebuild (in that copy) and the three interrupted builds (each in a
 * copy of its own, holding that complete dist/) run side by side.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, listFiles } from '../publish/site.ts';
import { copyProject } from '../scripts/project.ts';
import { normalise } from '../../scripts/lib/check-dist.mjs';

// Generous: on a 2-core machine shared with other builds one build has taken over 5 minutes.
const BUILD_MS = 600_000;
const { dir, remove } = copyProject();
const removals = [remove];
afterAll(() => {
  for (const r of removals) r();
});

const SITE = 'https://data.example.test';
const SECRET = 'Kalimat ini hanya ada di draf rahasia dan tidak boleh pernah muncul di situs.';

/** A production build's environment: none of the developer's SITE_URL, BASE_PATH or PREVIEW. */
function productionEnv(): NodeJS.ProcessEnv {
  const env = buildEnv({});
  delete env['SITE_URL'];
  delete env['BASE_PATH'];
  delete env['PREVIEW'];
  return env;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  /** Whether a staging folder with files appeared while the build ran (Astro had started writing). */
  wroteStaging: boolean;
}

const stagingDirs = (cwd = dir) => readdirSync(cwd).filter((f) => /^\.dist\.(staging|previous)-\d+$/.test(f));

/** The astro process scripts/build.mjs started. */
function astroChild(pid: number): number | undefined {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.find((c) => readFileSync(`/proc/${c}/cmdline`, 'utf8').includes('astro.mjs'));
  } catch {
    return undefined; // the process has just ended
  }
}

/**
 * Runs scripts/build.mjs in the copy. With `stop`, once the build has written its first page into the
 * staging folder, sends that signal to the astro process ('astro') or to scripts/build.mjs ('script').
 */
function build(stop?: { signal: NodeJS.Signals; to: 'astro' | 'script' }, cwd = dir): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], { cwd, env: productionEnv() });
    let output = '';
    child.stdout.on('data', (b) => (output += b));
    child.stderr.on('data', (b) => (output += b));
    let wroteStaging = false;
    let stopped = false;
    const timer = setInterval(() => {
      const staging = stagingDirs(cwd).find((d) => d.includes('.staging-'));
      if (!staging) return;
      let files: string[];
      try {
        files = listFiles(join(cwd, staging));
      } catch {
        return; // removed while being listed: the build has just ended
      }
      if (files.length > 0) wroteStaging = true;
      if (stop && !stopped && files.some((f) => f.endsWith('.html') && !f.startsWith('.prerender/'))) {
        const pid = stop.to === 'script' ? child.pid : astroChild(child.pid!);
        if (pid) {
          stopped = true;
          process.kill(pid, stop.signal);
        }
      }
    }, 100);
    child.on('close', (code, signal) => {
      clearInterval(timer);
      if (stop && !stopped) output += '\n[test] the build ended before it wrote a page: nothing was stopped';
      done({ code, signal, output, wroteStaging });
    });
  });
}

/** Every file of dist/ and its SHA-256. */
function hashes(cwd = dir): Record<string, string> {
  const root = join(cwd, 'dist');
  return Object.fromEntries(listFiles(root).map((f) => [f, createHash('sha256').update(readFileSync(join(root, f))).digest('hex')]));
}

function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => a[f] !== b[f]).map((f) => `${f}: ${a[f] ? 'changed' : 'new'}${b[f] ? '' : ' (gone)'}`);
}

const story = (name: string, cwd = dir) => join(cwd, 'content/stories', name);

/** Another copy of the project holding the sources and the complete dist/ of the first (its .env and drafts too). */
function copyWithBuild(): string {
  const other = copyProject();
  removals.push(other.remove);
  for (const item of ['.env', 'content', 'dist']) cpSync(join(dir, item), join(other.dir, item), { recursive: true });
  return other.dir;
}

describe('npm run build', () => {
  let complete: Record<string, string> = {};
  /** Copies holding the complete build, one per interrupted build, made before the rebuild replaces dist/. */
  const copies: string[] = [];

  it('fails without SITE_URL, saying what to set, and writes no dist/', async () => {
    const { code, output } = await build();
    expect(code, output).not.toBe(0);
    expect(output).toContain('SITE_URL is not set');
    expect(output).toContain('Set SITE_URL to the public origin the site is served from, e.g. SITE_URL=https://data.example.org npm run build');
    expect(output).toContain('dist/ was not written');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(stagingDirs()).toEqual([]);
  }, BUILD_MS);

  it("builds with SITE_URL from .env, with no .prerender/ and no draft's text in dist/", async () => {
    writeFileSync(join(dir, '.env'), `# the public origin\nSITE_URL=${SITE}\n`);
    // Two drafts with text of their own: one kept out of the collection by its name, one in it with draft: true.
    const published = readFileSync(story('reorganisasi-agustus-2025.mdx'), 'utf8');
    writeFileSync(story('_draf-rahasia.mdx'), `${published}\n${SECRET}\n`);
    writeFileSync(story('draf-rahasia.mdx'), `${published.replace(/^---\n/, '---\ndraft: true\n')}\n${SECRET}\n`);

    const { code, output } = await build();
    expect(code, output.slice(-3000)).toBe(0);
    const files = listFiles(join(dir, 'dist'));
    expect(files.filter((f) => f.startsWith('.prerender/'))).toEqual([]);
    expect(files).not.toContain('draf-rahasia/index.html');
    const secret = normalise(SECRET);
    const leaks = files.filter((f) => /\.(html|xml|json|txt|csv|js|mjs)$/.test(f) && normalise(readFileSync(join(dir, 'dist', f), 'utf8')).includes(secret));
    expect(leaks).toEqual([]);
    const index = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    expect(index).toContain(`<link rel="canonical" href="${SITE}/"`);
    expect(readFileSync(join(dir, 'dist/sitemap.xml'), 'utf8')).toContain(`<loc>${SITE}/meta-rekrut-yang-song/</loc>`);
    expect(output).not.toContain('preview build');
    expect(stagingDirs()).toEqual([]);
    complete = hashes();
    for (let i = 0; i < 3; i++) copies.push(copyWithBuild());
  }, BUILD_MS);

  describe('after a complete build', { concurrent: true }, () => {
    it('builds the same sources byte for byte again', async () => {
      const { code, output } = await build();
      expect(code, output.slice(-3000)).toBe(0);
      const again = hashes();
      expect(Object.keys(again).length).toBeGreaterThan(50);
      expect(differences(complete, again)).toEqual([]);
    }, BUILD_MS);

    it('leaves the previous dist/ untouched when a story fails while pages are being written', async () => {
      const cwd = copies[0]!;
      expect(differences(complete, hashes(cwd)), 'the copy holds the complete build').toEqual([]);
      const published = readFileSync(story('reorganisasi-agustus-2025.mdx', cwd), 'utf8');
      writeFileSync(story('rusak.mdx', cwd), `${published}\n{(() => { throw new Error('rusak di tengah jalan'); })()}\n`);
      const { code, output, wroteStaging } = await build(undefined, cwd);
      expect(code, output.slice(-3000)).not.toBe(0);
      expect(output).toContain('rusak di tengah jalan');
      expect(output).toContain('dist/ is unchanged (the previous complete build)');
      expect(wroteStaging, 'the build had started writing its output').toBe(true);
      expect(differences(complete, hashes(cwd))).toEqual([]);
      expect(stagingDirs(cwd)).toEqual([]);
    }, BUILD_MS);

    it.each([
      { signal: 'SIGKILL', to: 'astro', copy: 1 },
      { signal: 'SIGTERM', to: 'script', copy: 2 },
    ] as const)('leaves the previous dist/ untouched when $to gets $signal after the first page is written', async ({ copy, ...stop }) => {
      const cwd = copies[copy]!;
      expect(differences(complete, hashes(cwd)), 'the copy holds the complete build').toEqual([]);
      const { code, output } = await build(stop, cwd);
      expect(output).not.toContain('nothing was stopped');
      expect(code, output.slice(-3000)).not.toBe(0);
      expect(output).toContain('dist/ is unchanged (the previous complete build)');
      expect(differences(complete, hashes(cwd))).toEqual([]);
      expect(stagingDirs(cwd)).toEqual([]);
    }, BUILD_MS);
  });
});
