import { unified } from '@astrojs/markdown-remark';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDataset } from '../domain/fixtures/dataset.ts';
import { compileInputsOf } from '../remark/compile-inputs.ts';
import { remarkCheckComponents } from '../remark/remark-check-components.ts';
import { remarkPersonMentions } from '../remark/remark-person-mentions.ts';
import { remarkStepIds } from '../remark/remark-step-ids.ts';
import { remarkTypography } from '../remark/remark-typography.ts';
import { cacheTransform, pipelineVersion, prune, sourceClosure, type CacheOptions } from './mdx-cache.ts';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Transform = (code: string, id: string) => Promise<unknown>;

/** A plugin whose transform counts its calls; `fail` makes it throw for that code. */
function countingPlugin(fail?: string) {
  const calls: string[] = [];
  const plugin = {
    name: 'fake',
    transform: {
      filter: { id: /\.mdx$/ },
      handler: async (code: string, id: string) => {
        calls.push(code);
        if (code === fail) throw new Error(`bad ${id}`);
        return { code: `compiled(${code})`, map: null, meta: { astro: { id } } };
      },
    },
  } as unknown as Plugin;
  const call: Transform = (code, id) => (plugin.transform as unknown as { handler: Transform }).handler.call({}, code, id);
  return { plugin, calls, call };
}

describe('cacheTransform', () => {
  const options = (dir: string, over: Partial<CacheOptions> = {}): CacheOptions => ({ dir, pipeline: 'p1', data: () => 'd1', ...over });

  it('compiles a file once, then returns the stored result, also to a later build (a new plugin)', async () => {
    const dir = tempDir('mdx-cache-');
    const first = countingPlugin();
    const stats = cacheTransform(first.plugin, options(dir))!;
    const a = await first.call('# Hai', '/p/a.mdx');
    expect(await first.call('# Hai', '/p/a.mdx')).toEqual(a);
    expect(first.calls).toEqual(['# Hai']);
    expect(stats).toMatchObject({ hits: 1, misses: 1 });
    const later = countingPlugin();
    cacheTransform(later.plugin, options(dir));
    expect(await later.call('# Hai', '/p/a.mdx')).toEqual({ code: 'compiled(# Hai)', map: null, meta: { astro: { id: '/p/a.mdx' } } });
    expect(later.calls).toEqual([]);
  });

  it.each([
    ['the text', { code: '# Hai lagi' }],
    ['the path', { id: '/p/b.mdx' }],
    ['the pipeline (a plugin, the config, a package)', { pipeline: 'p2' }],
    ['what the plugins read from the dataset', { data: 'd2' }],
  ])('compiles again when %s changes', async (_, change: { code?: string; id?: string; pipeline?: string; data?: string }) => {
    const dir = tempDir('mdx-cache-');
    const before = countingPlugin();
    cacheTransform(before.plugin, options(dir));
    await before.call('# Hai', '/p/a.mdx');
    const after = countingPlugin();
    cacheTransform(after.plugin, options(dir, { pipeline: change.pipeline ?? 'p1', data: () => change.data ?? 'd1' }));
    const result = await after.call(change.code ?? '# Hai', change.id ?? '/p/a.mdx');
    expect(after.calls).toEqual([change.code ?? '# Hai']);
    expect(result).toMatchObject({ code: `compiled(${change.code ?? '# Hai'})` });
  });

  it('never stores a failed compile: it fails again, with its message', async () => {
    const dir = tempDir('mdx-cache-');
    const { plugin, call, calls } = countingPlugin('broken');
    cacheTransform(plugin, options(dir));
    await expect(call('broken', '/p/x.mdx')).rejects.toThrow('bad /p/x.mdx');
    await expect(call('broken', '/p/x.mdx')).rejects.toThrow('bad /p/x.mdx');
    expect(calls).toEqual(['broken', 'broken']);
  });

  it('prunes the entries a build did not use', async () => {
    const dir = tempDir('mdx-cache-');
    const { plugin, call } = countingPlugin();
    const stats = cacheTransform(plugin, options(dir))!;
    await call('a', '/p/a.mdx');
    await call('b', '/p/b.mdx');
    const { plugin: next, call: callNext } = countingPlugin();
    const used = cacheTransform(next, options(dir))!;
    await callNext('a', '/p/a.mdx');
    expect(stats.used.size).toBe(2);
    expect(prune(dir, used.used)).toBe(1);
    expect(prune(dir, used.used)).toBe(0);
  });
});

describe('pipelineVersion', () => {
  function project() {
    const root = tempDir('mdx-pipeline-');
    mkdirSync(join(root, 'src/remark'), { recursive: true });
    mkdirSync(join(root, 'src/lib'), { recursive: true });
    writeFileSync(join(root, 'astro.config.mjs'), "import { plugin } from './src/remark/remark-a.ts';\nexport default { plugin };\n");
    writeFileSync(join(root, 'src/remark/remark-a.ts'), "import { helper } from '../lib/helper';\nexport const plugin = () => helper;\n");
    writeFileSync(join(root, 'src/lib/helper.ts'), 'export const helper = 1;\n');
    writeFileSync(join(root, 'package-lock.json'), '{"packages":{"node_modules/@mdx-js/mdx":{"version":"3.1.1"}}}');
    return root;
  }

  it('follows the config into every project file it imports, extensionless ones too', () => {
    const root = project();
    const files = sourceClosure([join(root, 'astro.config.mjs')]).map(([p]) => p.slice(root.length + 1));
    expect(files).toEqual(['astro.config.mjs', 'src/lib/helper.ts', 'src/remark/remark-a.ts']);
  });

  it.each([
    ['a file a plugin imports', 'src/lib/helper.ts', 'export const helper = 2;\n'],
    ['a plugin', 'src/remark/remark-a.ts', "import { helper } from '../lib/helper';\nexport const plugin = () => helper + 1;\n"],
    ['the config', 'astro.config.mjs', "import { plugin } from './src/remark/remark-a.ts';\nexport default { plugin, more: true };\n"],
    ['a package version', 'package-lock.json', '{"packages":{"node_modules/@mdx-js/mdx":{"version":"3.1.2"}}}'],
  ])('changes with %s', (_, file, text) => {
    const root = project();
    const before = pipelineVersion(root, 'production');
    expect(pipelineVersion(root, 'production')).toBe(before);
    writeFileSync(join(root, file), text);
    expect(pipelineVersion(root, 'production')).not.toBe(before);
  });

  it('changes with NODE_ENV (placeholders are refused in production only)', () => {
    const root = project();
    expect(pipelineVersion(root, 'production')).not.toBe(pipelineVersion(root, 'development'));
  });

  it("covers this project's remark plugins", () => {
    const files = sourceClosure([join(process.cwd(), 'astro.config.mjs')]).map(([p]) => p.slice(process.cwd().length + 1));
    expect(files).toEqual(
      expect.arrayContaining(['src/remark/remark-person-mentions.ts', 'src/remark/compile-inputs.ts', 'src/integrations/mdx-cache.ts', 'src/domain/figures.ts', 'src/integrations/story-pipeline.ts']),
    );
    // The compile workers' module, which the config loads by URL (src/integrations/mdx-workers.ts).
    expect(files).toContain('src/integrations/mdx-worker.ts');
  });
});

describe('compileInputs key', () => {
  it('changes with a name, not with the rest of a person', () => {
    const base = compileInputsOf(fixtureDataset()).key;
    const renamed = fixtureDataset();
    renamed.people[0] = { ...renamed.people[0]!, name: `${renamed.people[0]!.name} Jr.` };
    expect(compileInputsOf(renamed).key).not.toBe(base);
    const noted = fixtureDataset();
    noted.people[0] = { ...noted.people[0]!, sources: [...noted.people[0]!.sources].reverse() };
    expect(compileInputsOf(noted).key).toBe(base);
  });
});

describe('the real MDX pipeline through the cache', () => {
  it('returns what an uncached compile returns', async () => {
    const data = fixtureDataset();
    const people = compileInputsOf(data).names;
    const processor = unified({ smartypants: false, remarkPlugins: [[remarkPersonMentions, { people, include: () => true }], [remarkCheckComponents, { inputs: () => compileInputsOf(data) }], remarkStepIds, remarkTypography] as never });
    const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false, gfm: true, smartypants: false } as never, { optimize: true, srcDir: new URL('../', import.meta.url) } as never);
    const compile = async (code: string, id: string) => {
      const r = await renderer.process(code, id, {});
      return { code: r.code, map: r.map ?? null, meta: { astro: r.astroMetadata, vite: { lang: 'ts' } } };
    };
    const name = people.keys().next().value!;
    const story = `Kata "pertama" dari ${name}.\n\n<Scrolly chart="hiring-wave" title="Rekrutan">\n  <Step view="cumulative">Teks</Step>\n</Scrolly>\n`;
    const id = join(process.cwd(), 'content/stories/contoh-cache.mdx');
    const uncached = await compile(story, id);
    expect(uncached.code).toContain('orang-');

    const dir = tempDir('mdx-cache-real-');
    for (const build of [1, 2]) {
      let compiled = 0;
      const plugin = { name: '@mdx-js/rolldown', transform: { handler: (code: string, file: string) => (compiled++, compile(code, file)) } } as unknown as Plugin;
      const stats = cacheTransform(plugin, { dir, pipeline: 'real', data: () => compileInputsOf(data).key })!;
      const result = await (plugin.transform as unknown as { handler: Transform }).handler(story, id);
      expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(uncached)));
      expect(result).toEqual(JSON.parse(JSON.stringify(uncached)));
      expect([compiled, stats.hits]).toEqual(build === 1 ? [1, 0] : [0, 1]);
    }
    expect(readFileSync(join(process.cwd(), 'astro.config.mjs'), 'utf8')).toContain('mdxCache(');
  });
});
