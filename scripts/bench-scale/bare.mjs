/**
 * The bare baseline for scripts/bench-scale.mjs: a minimal Astro 7 project
 * with the same MDX story files as the measured copy and trivial components,
 * built in the same run so that "ours ÷ bare" compares two builds on the same
 * machine at the same load (docs/benchmark.md).
 *
 * What it has: Astro's defaults (the default Markdown/MDX processor, no remark
 * plugins, no integrations but @astrojs/mdx), one content collection over
 * content/stories with the glob() loader and no schema, one page per story
 * rendering its MDX with components that only wrap their children
 * (<Scrolly>, <Step>, <Num>, … as <div>/<span>). What it lacks is everything
 * this project adds: the dataset, charts, social cards, the checks. Like ours
 * it has Astro's incremental build on, each story page keyed by its file's
 * text, so that a rebuild after a one-story edit has a bare floor too.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Components the stories use without an import, each a trivial wrapper. */
const COMPONENTS = {
  Scrolly: '<section><slot name="graphic" /><slot /></section>',
  Step: '<div><slot /></div>',
  ChartFigure: '<figure><slot /></figure>',
  Num: '<span>0</span>',
  When: '<time>1 Juni 2025</time>',
  Cite: '<span><slot /></span>',
  WireCopy: '<div><slot /></div>',
  PeopleIndex: '<ul></ul>',
};

/**
 * Writes the bare project: `storiesFrom` is the measured copy's content/stories,
 * `root` the project whose node_modules it links (astro, @astrojs/mdx).
 * @returns {string} the folder
 */
export function writeBareProject(storiesFrom, root) {
  const dir = mkdtempSync(join(tmpdir(), 'msl-bench-bare-'));
  cpSync(storiesFrom, join(dir, 'content/stories'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!['.astro', '.vite', '.vite-temp', '.cache'].includes(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  const files = {
    'package.json': JSON.stringify({ name: 'bare-baseline', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2),
    'astro.config.mjs': "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n\nexport default defineConfig({ integrations: [mdx()], experimental: { incrementalBuild: true } });\n",
    'src/content.config.ts':
      "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = { stories: defineCollection({ loader: glob({ base: './content/stories', pattern: '**/[^_]*.mdx' }) }) };\n",
    'src/pages/[...slug].astro': [
      '---',
      "import { createHash } from 'node:crypto';",
      "import { readFileSync } from 'node:fs';",
      "import { getCollection, render } from 'astro:content';",
      ...Object.keys(COMPONENTS).map((c) => `import ${c} from '../components/${c}.astro';`),
      'export async function getStaticPaths() {',
      "  const stories = await getCollection('stories');",
      "  const key = (entry) => createHash('sha256').update(readFileSync(entry.filePath, 'utf8')).digest('hex');",
      '  return stories.map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: key(entry) }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="id"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      `<body><main><h1>{entry.data.title}</h1><Content components={{ ${Object.keys(COMPONENTS).join(', ')} }} /></main></body></html>`,
      '',
    ].join('\n'),
    ...Object.fromEntries(Object.entries(COMPONENTS).map(([name, html]) => [`src/components/${name}.astro`, `${html}\n`])),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
