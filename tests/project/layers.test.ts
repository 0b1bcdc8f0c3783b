/**
 * The folders of src/ are the flow of the build, and imports run one way:
 *
 *   i18n ← domain ← specs ← client | render | remark ← site ← components ← layouts ← pages
 *
 * (content loaders sit beside domain; integrations, Astro's build steps, above site). The table below is the
 * rule; README.md's folder list says the same in words. A test, not a
 * convention: an import against the grain fails here with the line to fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** Which layers each layer may import (itself always). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  i18n: [],
  domain: ['i18n'],
  specs: ['domain', 'i18n'],
  client: ['specs', 'domain', 'i18n'],
  render: ['specs', 'domain', 'i18n'],
  remark: ['specs', 'domain', 'i18n'],
  content: ['domain', 'i18n'],
  // Build steps: the dataset check before a build, the stories' remark pipeline and its workers, fonts, compile limits.
  integrations: ['remark', 'content', 'site', 'domain', 'i18n'],
  site: ['render', 'specs', 'domain', 'i18n', 'styles'],
  styles: [],
  components: ['site', 'client', 'specs', 'domain', 'i18n', 'styles'],
  layouts: ['components', 'site', 'client', 'specs', 'domain', 'i18n', 'styles'],
  pages: ['layouts', 'components', 'site', 'render', 'specs', 'domain', 'i18n', 'styles'],
  // src/content.config.ts, src/middleware.ts and the like: Astro's entry points.
  '.': ['content', 'site', 'domain', 'i18n'],
};

/** Code that runs anywhere (the browser included) imports no Node or Astro module. */
const PURE = new Set(['i18n', 'domain', 'specs', 'client']);
/** `astro/zod` is Zod itself, re-exported so the schemas and Astro's content layer share one copy. */
const IMPURE_PACKAGE = /^(node:|astro(:|\/(?!zod$)|$)|@napi-rs\/|vite$|typescript$)/;

interface Import {
  file: string;
  line: number;
  spec: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name) && !/\.(test|d)\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.includes(`${join('src', 'domain', 'fixtures')}`));
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const pattern = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\.meta\.glob[^(]*\(\s*\[?\s*['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(pattern)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    found.push({ file, line: text.slice(0, m.index).split('\n').length, spec });
  }
  return found;
}

/** The layer of a file under src/: its first folder ('.' for src/ itself). */
function layerOf(path: string): string {
  const rel = relative(SRC, path).split(/[\\/]/);
  return rel.length === 1 ? '.' : rel[0]!;
}

const files = sourceFiles(SRC);
const all = files.flatMap(importsOf);

describe('the layer map', () => {
  it('covers every folder of src/', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !(f in MAY_IMPORT))).toEqual([]);
  });

  it('finds the imports it checks (a parser that finds none would pass anything)', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(all.filter((i) => i.spec.startsWith('.')).length).toBeGreaterThan(200);
    expect(importsOf(join(SRC, 'client', 'chart-figure.ts')).some((i) => i.spec.includes('chart-drawing'))).toBe(true);
  });

  it('every import runs with the grain', () => {
    const wrong: string[] = [];
    for (const { file, line, spec } of all) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      const target = spec.startsWith('/') ? join(ROOT, spec) : resolve(dirname(file), spec.split('?')[0]!);
      const from = layerOf(file);
      if (!target.startsWith(SRC + '/')) continue; // content/, package files
      const to = layerOf(target);
      if (to !== from && !MAY_IMPORT[from]!.includes(to)) {
        wrong.push(`${relative(ROOT, file)}:${line} (${from}) imports ${spec} (${to}); ${from} may import ${MAY_IMPORT[from]!.join(', ') || 'nothing outside itself'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('code that also runs in the browser imports no Node or Astro module', () => {
    const wrong = all
      .filter(({ file, spec }) => PURE.has(layerOf(file)) && IMPURE_PACKAGE.test(spec))
      .map(({ file, line, spec }) => `${relative(ROOT, file)}:${line} imports ${spec}`);
    expect(wrong).toEqual([]);
  });
});
