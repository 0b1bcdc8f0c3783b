/**
 * The site's two type families, cut at build time to what the site prints.
 *
 * Each face is the variable woff2 from @fontsource-variable, subset with
 * harfbuzz (subset-font) to
 *  - the characters of the site's words (content/stories, content/pages,
 *    content/data, the UI dictionary src/i18n/ui.ts, and components, layouts
 *    and pages for what they print themselves), printable ASCII, the
 *    Latin-1 letters (so an accented name keeps its face) and the punctuation
 *    remark-typography and Intl write (curly quotes, dashes, no-break spaces);
 *  - the weights the CSS uses (a wght range, not the family's whole axis);
 *  - the OpenType features the CSS uses (kerning, ligatures, lining and
 *    tabular figures, marks), without hinting instructions.
 * A character the latin file lacks but the latin-ext file has (Ł, ő, ă …)
 * gets a second, small file with its own unicode-range, downloaded only by a
 * page that prints it.
 *
 * Output, in `<cacheDir>/site-fonts/` (node_modules/.astro/site-fonts/):
 * the woff2 files, fonts.css (their @font-face rules plus metric-matched
 * fallbacks computed with Capsize, so the swap from a system font moves
 * nothing) and manifest.json. global.css imports `@site-fonts/fonts.css`;
 * Vite then hashes the files into _astro/ like any other asset. The chart
 * pictures (src/render/render-png.ts) register the same files with Skia.
 * Same inputs, same bytes: the files are regenerated only when the text, a
 * source font or an option changes (the manifest's key).
 */
import { createFontStack, type FontMetrics } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import georgia from '@capsizecss/metrics/georgia';
import roboto from '@capsizecss/metrics/roboto';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import { fromBuffer } from '@capsizecss/unpack';
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create as openFont } from 'fontkitten';
import subsetFont from 'subset-font';

/** This file's own text is part of the cache key: a change to the template or the options regenerates. */
const GENERATOR = readFileSync(fileURLToPath(import.meta.url));

export interface Face {
  /** CSS family name, as global.css's --font-* stacks write it. */
  family: string;
  /** File name stem of the output, e.g. "ibm-plex-sans" -> ibm-plex-sans-latin.woff2. */
  slug: string;
  /** Package and file stem of the variable sources: <pkg>/files/<stem>-<subset>-wght-normal.woff2. */
  pkg: string;
  stem: string;
  /** The weights the CSS uses: the variable axis is cut to this range. */
  weight: { min: number; max: number };
  /** System fonts the fallback faces imitate, best first; extra local() names of metric-compatible clones. */
  fallbacks: { metrics: FallbackMetrics; also?: string[] }[];
}

type FallbackMetrics = Pick<FontMetrics, 'familyName' | 'fullName' | 'postscriptName' | 'ascent' | 'descent' | 'lineGap' | 'unitsPerEm' | 'xWidthAvg' | 'subsets'>;

export const FACES: readonly Face[] = [
  {
    family: 'Source Serif 4',
    slug: 'source-serif-4',
    pkg: '@fontsource-variable/source-serif-4',
    stem: 'source-serif-4',
    // Body 400, headlines 700 (and <strong>, which is 700 from 400).
    weight: { min: 400, max: 700 },
    fallbacks: [{ metrics: georgia }, { metrics: timesNewRoman, also: ['Liberation Serif', 'Tinos'] }],
  },
  {
    family: 'IBM Plex Sans',
    slug: 'ibm-plex-sans',
    pkg: '@fontsource-variable/ibm-plex-sans',
    stem: 'ibm-plex-sans',
    // Labels 400, the site name, chart titles and table headers 600 (a <th> asking for 700 gets 600).
    weight: { min: 400, max: 600 },
    fallbacks: [{ metrics: arial, also: ['Liberation Sans', 'Arimo'] }, { metrics: roboto }],
  },
];

/** Unicode subsets of the sources, in order: a character goes to the first that has it. */
const SUBSETS = ['latin', 'latin-ext'] as const;

/** Only what global.css and the chart canvas use; the rest (small caps, alternates, fractions …) is dropped. */
const FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'lnum', 'tnum', 'pnum'];

/** Where the site's words are, from the project root: the content, the UI dictionary, and what components and pages print themselves (a separator, an arrow). */
export const TEXT_SOURCES = ['content/stories', 'content/pages', 'content/data', 'src/i18n/ui.ts', 'src/components', 'src/layouts', 'src/pages'];

/** Printable ASCII, the Latin-1 letters and what remark-typography and Intl write. */
export const ALWAYS = (() => {
  let s = '';
  for (let c = 0x20; c < 0x7f; c++) s += String.fromCodePoint(c);
  for (let c = 0xc0; c <= 0xff; c++) if (c !== 0xd7 && c !== 0xf7) s += String.fromCodePoint(c);
  return s + '\u00a0\u2009\u202f\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2212·×';
})();

/** Every character of the files under `sources` (paths from root), sorted, without control characters. */
export function siteCharacters(root: string, sources: readonly string[] = TEXT_SOURCES): string {
  const chars = new Set<string>(ALWAYS);
  const read = (path: string) => {
    // ALWAYS holds printable ASCII and control characters (line ends, tabs) are left out below: only the rest needs a look
    // (the content of 1,000 stories is about 10 MB, nearly all of it ASCII).
    for (const c of readFileSync(path, 'utf8').replace(/[\x20-\x7e\n\r\t]+/g, '')) chars.add(c);
  };
  for (const source of sources) {
    const path = join(root, source);
    if (!existsSync(path)) throw new Error(`site-fonts: ${source} does not exist (src/integrations/site-fonts.ts, TEXT_SOURCES).`);
    if (!/\.\w+$/.test(source)) {
      for (const f of readdirSync(path, { recursive: true, encoding: 'utf8' }).sort()) if (/\.(mdx?|ya?ml|json|ts|astro)$/.test(f) && !/\.test\.ts$/.test(f)) read(join(path, f));
    } else read(path);
  }
  return [...chars]
    .filter((c) => !/\p{Cc}|\p{Cf}/u.test(c) || c === '\u00ad')
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
    .join('');
}

export interface FontFile {
  /** File name in the output folder, e.g. "ibm-plex-sans-latin.woff2". */
  file: string;
  family: string;
  subset: (typeof SUBSETS)[number];
  /** The characters it draws. */
  chars: string;
  bytes: number;
}

export interface Manifest {
  key: string;
  files: FontFile[];
  /** Characters of the site's words that neither source file of a family has: drawn in a system font. */
  missing: Record<string, string>;
  /** Whether this call wrote the files (false: they were there already, same key). */
  fresh?: boolean;
}

const require = createRequire(import.meta.url);
/** A package's version, from the package.json above its entry point (not every package exports that file). */
function packageVersion(pkg: string): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const path = join(dir, 'package.json');
    if (!existsSync(path)) continue;
    const json = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string };
    if (json.name === pkg) return `${pkg}@${json.version}`;
  }
  throw new Error(`site-fonts: cannot find the version of ${pkg}.`);
}

const sourcePath = (face: Face, subset: string) => join(dirname(require.resolve(face.pkg)), 'files', `${face.stem}-${subset}-wght-normal.woff2`);

/** The code points a font file maps to a glyph (its cmap). */
export function cmap(font: Buffer): Set<number> {
  const opened = openFont(font);
  if (!('characterSet' in opened)) throw new Error('site-fonts: a font collection where one font was expected.');
  return new Set(opened.characterSet);
}

/** A unicode-range value, runs of consecutive code points written as ranges: "U+0100-017F, U+0237". */
export function unicodeRange(chars: string): string {
  const points = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const runs: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const start = points[i]!;
    while (points[i + 1] === points[i]! + 1) i++;
    runs.push(points[i] === start ? `U+${hex(start)}` : `U+${hex(start)}-${hex(points[i]!)}`);
  }
  return runs.join(', ');
}

/** One face's @font-face rules: its files, then its fallbacks (Capsize's overrides, named "<family> Fallback <n>"). */
async function faceCss(face: Face, files: { file: FontFile; data: Buffer }[]): Promise<{ css: string; fallbackFamilies: string[] }> {
  // The first file needs no unicode-range: a character it lacks falls through to the next family anyway.
  // The others have one, so that only a page that prints one of their characters downloads them.
  const rules = files.map(
    ({ file }, i) =>
      `@font-face {\n  font-family: '${face.family}';\n  font-style: normal;\n  font-weight: ${face.weight.min} ${face.weight.max};\n  font-display: swap;\n` +
      `  src: url('./${file.file}') format('woff2');\n${i ? `  unicode-range: ${unicodeRange(file.chars)};\n` : ''}}`,
  );
  const metrics = await fromBuffer(files[0]!.data);
  const fallbackFamilies: string[] = [];
  face.fallbacks.forEach(({ metrics: fallback, also = [] }, i) => {
    const { fontFaces } = createFontStack([{ ...metrics, familyName: face.family }, fallback], { fontFaceFormat: 'styleObject' });
    const f = fontFaces[0]!['@font-face'];
    const name = `${face.family} Fallback${i ? ` ${i + 1}` : ''}`;
    fallbackFamilies.push(name);
    const src = [f.src, ...also.map((n) => `local('${n}')`)].join(', ');
    // Capsize leaves out an override that is not needed (a line gap that is already the same).
    const overrides = Object.entries({ 'ascent-override': f.ascentOverride, 'descent-override': f.descentOverride, 'line-gap-override': f.lineGapOverride, 'size-adjust': f.sizeAdjust })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `  ${k}: ${v};\n`)
      .join('');
    rules.push(`@font-face {\n  font-family: '${name}';\n  src: ${src};\n${overrides}}`);
  });
  return { css: rules.join('\n\n'), fallbackFamilies };
}

/** Subsets every face for `text` into outDir (unless the manifest there has the same key) and returns the manifest. */
export async function buildSiteFonts({ text, outDir: finalDir, faces = FACES }: { text: string; outDir: string; faces?: readonly Face[] }): Promise<Manifest> {
  const sources = faces.flatMap((face) => SUBSETS.map((subset) => readFileSync(sourcePath(face, subset))));
  const versions = ['subset-font', 'harfbuzzjs', '@capsizecss/core', '@capsizecss/unpack', '@capsizecss/metrics'].map(packageVersion);
  const hash = createHash('sha256').update(JSON.stringify({ text, faces, SUBSETS, FEATURES, versions })).update(GENERATOR);
  for (const s of sources) hash.update(s);
  const key = hash.digest('hex');
  const manifestPath = join(finalDir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (old.key === key && old.files.every((f) => existsSync(join(finalDir, f.file)))) return { ...old, fresh: false };
  }

  // Written beside the folder and moved in at the end, so a build running at the same time never reads half a set.
  const outDir = `${finalDir}.${process.pid}.tmp`;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files: FontFile[] = [];
  const missing: Record<string, string> = {};
  const css: string[] = [`/* Generated by src/integrations/site-fonts.ts: do not edit. */`];
  for (const face of faces) {
    let rest = [...new Set(text)].sort((x, y) => x.codePointAt(0)! - y.codePointAt(0)!);
    const made: { file: FontFile; data: Buffer }[] = [];
    for (const subset of SUBSETS) {
      const source = readFileSync(sourcePath(face, subset));
      const has = cmap(source);
      const chars = rest.filter((c) => has.has(c.codePointAt(0)!)).join('');
      rest = rest.filter((c) => !has.has(c.codePointAt(0)!));
      if (!chars.trim()) continue;
      const data = await subsetFont(source, chars, {
        targetFormat: 'woff2',
        variationAxes: { wght: { min: face.weight.min, max: face.weight.max } },
        keepFeatures: FEATURES,
        noHinting: true,
      });
      const file: FontFile = { file: `${face.slug}-${subset}.woff2`, family: face.family, subset, chars, bytes: data.length };
      writeFileSync(join(outDir, file.file), data);
      files.push(file);
      made.push({ file, data });
    }
    // Spaces and the like are not drawn: a font without them is fine.
    const notDrawn = rest.filter((c) => !/\s/u.test(c)).join('');
    if (notDrawn) missing[face.family] = notDrawn;
    css.push((await faceCss(face, made)).css);
  }
  writeFileSync(join(outDir, 'fonts.css'), css.join('\n\n') + '\n');
  const manifest: Manifest = { key, files, missing };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  rmSync(finalDir, { recursive: true, force: true });
  renameSync(outDir, finalDir);
  return { ...manifest, fresh: true };
}

/** The folder the fonts are written to, for an Astro cacheDir (default node_modules/.astro/). */
export const fontsDir = (cacheDir: string | URL) => join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'site-fonts');

/** The folder of the default cacheDir, for code that runs without Astro's config (render-png.ts). */
export const defaultFontsDir = (root: string) => fontsDir(join(root, 'node_modules', '.astro'));

/** The generated files, read from the manifest; throws in plain words when the build has not generated them. */
export function readManifest(dir: string): Manifest {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`The site's fonts have not been generated in ${dir}: run \`astro build\` or \`astro sync\` (src/integrations/site-fonts.ts generates them).`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/**
 * The integration: generates the fonts before Vite starts (build, dev, sync,
 * vitest through getViteConfig) and maps `@site-fonts/…` to their folder.
 */
export function siteFonts(): AstroIntegration {
  return {
    name: 'msl:site-fonts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const outDir = fontsDir(config.cacheDir);
        const started = Date.now();
        const manifest = await buildSiteFonts({ text: siteCharacters(root), outDir });
        // Said once, when the files are made; the manifest keeps it.
        if (manifest.fresh) logger.info(`subset ${manifest.files.map((f) => `${f.file} (${(f.bytes / 1024).toFixed(1)} KB)`).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        for (const [family, chars] of Object.entries(manifest.fresh ? manifest.missing : {})) {
          logger.info(`${family} has no ${[...chars].map((c) => `"${c}" (${unicodeRange(c)})`).join(', ')}: the browser draws ${chars.length > 1 ? 'them' : 'it'} in a system font (from ${TEXT_SOURCES.join(', ')}).`);
        }
        updateConfig({ vite: { resolve: { alias: { '@site-fonts': outDir } } } });
      },
    },
  };
}
