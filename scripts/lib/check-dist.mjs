/**
 * Checks a finished build before scripts/build.mjs publishes it as dist/:
 * - the home page and 404.html are there;
 * - no `.prerender/` (Astro's server chunks: code, and the compiled text of
 *   every story, drafts included; a complete build removes it);
 * - every page the sitemap lists has its file;
 * - no sentence that only a draft holds (a story file starting with `_`, or
 *   one with `draft: true`) appears in any published text file.
 *
 * Usage: const problems = checkDist('/path/to/build', { project: process.cwd() });
 * Returns plain sentences, one per problem; [] when the build may be published.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/** Files whose text a reader (or a crawler) can get at. */
const TEXT_FILES = new Set(['.html', '.htm', '.xml', '.json', '.txt', '.csv', '.js', '.mjs', '.css', '.svg', '.md', '.mdx', '.webmanifest', '.map']);

/** Where stories and pages are written (drafts among them). */
const STORY_FOLDERS = ['content/stories', 'content/pages'];

/** A fragment this long (in words) is the draft's own writing, not a phrase any page might share. */
const MIN_WORDS = 8;

/**
 * @param {string} dir
 * @returns {string[]} paths relative to dir, forward slashes
 */
function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/**
 * Words only, lower case, single spaces: quotes, dashes, tags and entities do not matter.
 * @param {string} text
 */
export function normalise(text) {
  return ` ${text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Whether a story or page file is a draft: its name starts with `_`, or its frontmatter says `draft: true`.
 * @param {string} name file name
 * @param {string} text file contents
 */
export function isDraft(name, text) {
  if (name.startsWith('_')) return true;
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return /^draft:\s*(true|yes|on)\s*(#.*)?$/im.test(frontmatter);
}

/**
 * The draft's own sentences: prose fragments (between punctuation, tags, expressions and line ends) of at
 * least MIN_WORDS words, normalised.
 * @param {string} text an MDX file
 */
export function proseFragments(text) {
  const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---/, '');
  return body
    .split(/\r?\n/)
    .filter((line) => !/^\s*(import|export)\s/.test(line))
    .flatMap((line) => line.split(/[.!?…:;]\s|\{[^}]*\}|<[^>]*>|[()[\]]/))
    .map((fragment) => normalise(fragment))
    .filter((fragment) => fragment.trim().split(' ').length >= MIN_WORDS);
}

/**
 * @param {string} project folder holding content/ and src/
 * @returns {{ file: string, fragments: string[] }[]} each draft and the fragments no published source holds
 */
function draftFragments(project) {
  /** @type {{ file: string, text: string }[]} */
  const drafts = [];
  /** Normalised text of everything that may be published: other stories, pages, data, interface strings. */
  const published = [];
  for (const folder of [...STORY_FOLDERS, 'content/data', 'src']) {
    for (const file of listFiles(join(project, folder))) {
      if (!/\.(mdx?|ya?ml|json|ts|astro)$/.test(file)) continue;
      const text = readFileSync(join(project, folder, file), 'utf8');
      const name = file.split('/').pop() ?? file;
      if (STORY_FOLDERS.includes(folder) && isDraft(name, text)) drafts.push({ file: `${folder}/${file}`, text });
      else published.push(normalise(text));
    }
  }
  const known = published.join('\n');
  return drafts
    .map(({ file, text }) => ({ file, fragments: [...new Set(proseFragments(text))].filter((f) => !known.includes(f)) }))
    .filter((d) => d.fragments.length > 0);
}

/**
 * The pathname of the home page's canonical URL: the base the site was built for ("/" or "/sub/").
 * @param {string} html
 */
function baseOf(html) {
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) return '/';
  try {
    return new URL(href).pathname.replace(/\/?$/, '/');
  } catch {
    return '/';
  }
}

/**
 * @param {string} root the finished build
 * @param {{ project: string }} options
 * @returns {string[]} problems, in plain words
 */
export function checkDist(root, { project }) {
  /** @type {string[]} */
  const problems = [];
  const files = listFiles(root);
  const have = new Set(files);
  for (const must of ['index.html', '404.html']) if (!have.has(must)) problems.push(`${must} is missing.`);

  const prerender = files.filter((f) => f.startsWith('.prerender/'));
  if (prerender.length > 0) problems.push(`.prerender/ is still there (${prerender.length} files of server code and compiled story text, e.g. ${prerender[0]}).`);

  if (have.has('sitemap.xml') && have.has('index.html')) {
    const base = baseOf(readFileSync(join(root, 'index.html'), 'utf8'));
    const missing = [];
    for (const [, loc] of readFileSync(join(root, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const path = decodeURIComponent(new URL(loc.replace(/&amp;/g, '&')).pathname);
      const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
      const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
      if (!have.has(file) && !have.has(`${file}.html`) && !have.has(`${file}/index.html`)) missing.push(`${loc} (${file})`);
    }
    if (missing.length > 0) problems.push(`the sitemap lists ${missing.length} page(s) that were not written: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}.`);
  }

  const drafts = draftFragments(project);
  if (drafts.length > 0) {
    const texts = files.filter((f) => !f.startsWith('.prerender/') && TEXT_FILES.has(extname(f).toLowerCase())).map((f) => ({ f, text: normalise(readFileSync(join(root, f), 'utf8')) }));
    for (const { file, fragments } of drafts) {
      for (const { f, text } of texts) {
        const leaked = fragments.find((fragment) => text.includes(fragment));
        if (leaked) problems.push(`${f} holds text of the draft ${file} ("${leaked.trim()}"): a draft must not be published.`);
      }
    }
  }
  return problems;
}
