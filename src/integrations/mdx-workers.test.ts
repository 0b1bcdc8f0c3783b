import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deserializeError, serializeError, type MdxOptions, type MdxRenderer, type MdxResult, type SharedOptions } from './mdx-worker-protocol.ts';
import { filesInThread, IN_THREAD_FIRST, MdxPool, splitRenderer, workerCount } from './mdx-workers.ts';
import { isStoryProcessor, storyProcessor } from './story-pipeline.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED: SharedOptions = { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: false };
const MDX: MdxOptions = { optimize: true, srcDir: pathToFileURL(join(ROOT, 'src/')), sourcemap: false };

/** A story file as @astrojs/mdx hands it to the renderer: frontmatter parsed, its lines left blank. */
function story(path: string) {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
  return { content, frontmatter: frontmatter as Record<string, unknown> };
}

/** What a build's error report reads of an error, and what a journalist sees. */
const seen = (e: unknown) => {
  const err = e as Record<string, unknown>;
  return { name: err['name'], message: err['message'], line: err['line'], column: err['column'], reason: err['reason'], file: err['file'], ruleId: err['ruleId'], source: err['source'] };
};

const inThread = storyProcessor(ROOT).createMdxRenderer!(SHARED, MDX);
const pools: MdxPool[] = [];
afterAll(() => Promise.all(pools.map((p) => p.close())));
const OPTIONS = { root: ROOT, shared: SHARED, mdx: { ...MDX, srcDir: MDX.srcDir!.href } };
/** A pool of `size` workers whose fallback is the main thread's renderer, and the warnings it gave. */
const pool = async (size = 2, script?: URL) => {
  const warnings: string[] = [];
  const p = new MdxPool({ size, options: OPTIONS, fallback: await inThread, warn: (m) => warnings.push(m), ...(script ? { script } : {}) });
  pools.push(p);
  return Object.assign(p, { warnings });
};

describe('MdxPool', { timeout: 60_000 }, () => {
  it('compiles a story to the same code and Astro metadata as the main thread', async () => {
    const workers = await pool();
    for (const file of ['content/stories/meta-rekrut-yang-song.mdx', 'content/stories/en/yang-song-meta-hiring-wave.mdx']) {
      const path = join(ROOT, file);
      const { content, frontmatter } = story(path);
      const [there, here] = await Promise.all([workers.process(content, path, structuredClone(frontmatter)), (await inThread).process(content, path, structuredClone(frontmatter))]);
      expect(there.code.length).toBeGreaterThan(1000);
      expect(there.code).toBe(here.code);
      expect(there.astroMetadata).toEqual(here.astroMetadata);
    }
  });

  it("rejects with the error the main thread throws: its message, line, column and reason", async () => {
    const workers = await pool(1);
    const path = join(ROOT, 'content/stories/contoh.mdx');
    for (const content of ['# Judul\n\nSetidaknya 11 peneliti pindah ke Meta.\n', '# Judul\n\n<Step id="a">\n\nTeks tanpa tutup.\n']) {
      const there = await workers.process(content, path, {}).then(() => null, (e: unknown) => e);
      const here = await (await inThread).process(content, path, {}).then(() => null, (e: unknown) => e);
      expect(here).toBeInstanceOf(Error);
      expect(there).toBeInstanceOf(Error);
      expect(seen(there)).toEqual(seen(here));
      expect(typeof seen(there).line).toBe('number');
    }
    // The worker is still there for the next file.
    const next = await workers.process('# Judul\n\nTeks.\n', path, {});
    expect(next.code).toContain('Teks.');
  });

  it('spreads files over its workers and answers each with its own result', async () => {
    const workers = await pool(2);
    const path = join(ROOT, 'content/stories/contoh.mdx');
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => workers.process(`# Bagian\n\nTeks ${'x'.repeat(i + 1)}.\n`, path, {})));
    results.forEach((r, i) => expect(r.code).toContain(`Teks ${'x'.repeat(i + 1)}.`));
  });

  it('compiles a file still in hand when it is closed, and the files after it, in the main thread', async () => {
    const workers = await pool(1);
    const path = join(ROOT, 'content/stories/contoh.mdx');
    const inHand = workers.process('# Judul\n\nTeks pertama.\n', path, {});
    await workers.close();
    expect((await inHand).code).toContain('Teks pertama.');
    expect((await workers.process('# Judul\n\nTeks kedua.\n', path, {})).code).toContain('Teks kedua.');
    expect(workers.warnings).toEqual([]);
  });
});

describe('MdxPool with a worker that stops', { timeout: 60_000 }, () => {
  it('compiles the file it had in hand in the main thread, saying so, and the next ones too', async () => {
    const stops = await pool(1, new URL('./fixtures/exiting-worker.mjs', import.meta.url));
    const path = join(ROOT, 'content/stories/contoh.mdx');
    const first = await stops.process('# Judul\n\nTeks pertama.\n', path, {});
    expect(first.code).toBe((await (await inThread).process('# Judul\n\nTeks pertama.\n', path, {})).code);
    expect(stops.warnings).toEqual([
      `An MDX compile worker stopped (exit code 3) with ${path} in hand: it compiles in the main thread instead. MDX_WORKERS=0 compiles every file there (src/integrations/mdx-workers.ts).`,
    ]);
    // No worker is left: the next file compiles in the thread at once, instead of waiting for an answer that cannot come.
    expect((await stops.process('# Judul\n\nTeks kedua.\n', path, {})).code).toContain('Teks kedua.');
    expect(stops.warnings).toHaveLength(1);
  });

  it("keeps a story's error when the main thread compiles it instead", async () => {
    const stops = await pool(1, new URL('./fixtures/exiting-worker.mjs', import.meta.url));
    const path = join(ROOT, 'content/stories/contoh.mdx');
    const content = '# Judul\n\nSetidaknya 11 peneliti pindah ke Meta.\n';
    const there = await stops.process(content, path, {}).then(() => null, (e: unknown) => e);
    const here = await (await inThread).process(content, path, {}).then(() => null, (e: unknown) => e);
    expect(seen(there)).toEqual(seen(here));
  });
});

describe('serializeError and deserializeError', () => {
  it("keep an error's name, message, stack, fields and cause, and leave the syntax tree behind", () => {
    const cause = new TypeError('inner');
    const e = Object.assign(new Error('12:3: Unexpected end of file', { cause }), { name: 'VFileMessage', line: 12, column: 3, reason: 'Unexpected end of file', place: { line: 12, column: 3 }, ancestors: [{ type: 'root', children: [] }], hint: () => 'no' });
    const back = deserializeError(structuredClone(serializeError(e)));
    expect(back).toBeInstanceOf(Error);
    expect(back).toMatchObject({ name: 'VFileMessage', message: e.message, stack: e.stack, line: 12, column: 3, reason: 'Unexpected end of file', place: { line: 12, column: 3 } });
    expect(back).not.toHaveProperty('ancestors');
    expect(back).not.toHaveProperty('hint');
    expect(back.cause).toMatchObject({ name: 'TypeError', message: 'inner' });
  });

  it('turn a thrown value that is not an Error into one', () => {
    expect(deserializeError(serializeError('plain'))).toMatchObject({ name: 'Error', message: 'plain' });
  });
});

describe('workerCount', () => {
  it('is one per core, at most four, unless MDX_WORKERS says', () => {
    expect(workerCount(undefined, 2)).toBe(2);
    expect(workerCount('', 16)).toBe(4);
    expect(workerCount(undefined, 1)).toBe(1);
    expect(workerCount('0', 8)).toBe(0);
    expect(workerCount('3', 2)).toBe(3);
  });

  it.each(['two', '-1', '1.5'])('refuses MDX_WORKERS=%s with what it takes', (value) => {
    expect(() => workerCount(value)).toThrow(`MDX_WORKERS must be a whole number, not "${value}" (src/integrations/mdx-workers.ts).`);
    expect(() => filesInThread(value)).toThrow(`MDX_WORKERS_AFTER must be a whole number, not "${value}"`);
  });

  it('lets the first IN_THREAD_FIRST files compile in the main thread unless MDX_WORKERS_AFTER says', () => {
    expect(filesInThread(undefined)).toBe(IN_THREAD_FIRST);
    expect(filesInThread('0')).toBe(0);
    expect(filesInThread('100')).toBe(100);
  });
});

describe('splitRenderer', () => {
  const fake = (name: string, log: string[]): MdxRenderer => ({
    process: async (_content, filePath) => {
      log.push(`${name} ${filePath}`);
      return { code: name, astroMetadata: {} as MdxResult['astroMetadata'] };
    },
  });

  it('compiles the first files in the thread, and starts the pool once, for the next one', async () => {
    const log: string[] = [];
    let started = 0;
    const split = splitRenderer(fake('thread', log), 2, () => (started++, fake('pool', log)), () => {});
    const codes = await Promise.all(['a', 'b', 'c', 'd'].map((f) => split.process('', f, {}).then((r) => r.code)));
    expect(codes).toEqual(['thread', 'thread', 'pool', 'pool']);
    expect(log).toEqual(['thread a', 'thread b', 'pool c', 'pool d']);
    expect(started).toBe(1);
  });

  it('never starts the pool for a site with fewer files', async () => {
    let started = 0;
    const split = splitRenderer(fake('thread', []), IN_THREAD_FIRST, () => (started++, fake('pool', [])), () => {});
    for (let i = 0; i < IN_THREAD_FIRST; i++) await split.process('', `${i}.mdx`, {});
    expect(started).toBe(0);
  });

  it('compiles every file in the thread, with one warning, when the pool does not start', async () => {
    const log: string[] = [];
    const warnings: string[] = [];
    const split = splitRenderer(fake('thread', log), 1, () => { throw new Error('no threads here'); }, (m) => warnings.push(m));
    for (const f of ['a', 'b', 'c']) expect((await split.process('', f, {})).code).toBe('thread');
    expect(warnings).toEqual(['The MDX compile workers did not start (no threads here): every file compiles in the main thread.']);
  });
});

describe('isStoryProcessor', () => {
  it("knows the processor storyProcessor made, also after Astro's config schema copied it", () => {
    const made = storyProcessor(ROOT);
    expect(isStoryProcessor(made)).toBe(true);
    expect(isStoryProcessor({ ...made })).toBe(true);
    expect(isStoryProcessor({ ...made, options: { ...made.options } })).toBe(false);
  });
});
