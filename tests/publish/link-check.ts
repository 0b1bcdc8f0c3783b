/**
 * The internal-link checker behind links.test.ts: reads a built site and
 * returns every reference that does not resolve (see links.test.ts for the
 * rules), plus the sitemap it found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, type BuiltSite } from './site.ts';

interface Ref {
  /** File the reference is in, relative to the site root. */
  from: string;
  /** Where: "a href", "meta og:image", "url()", "sitemap loc" … */
  kind: string;
  value: string;
}

/** The page's URL path for a built file: "data/index.html" -> "/base/data/". */
function pagePath(base: string, file: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Attributes of every start tag, outside script, style and textarea bodies and comments. */
function startTags(html: string): { tag: string; attrs: Map<string, string> }[] {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style|textarea)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  const tags: { tag: string; attrs: Map<string, string> }[] = [];
  for (const m of stripped.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of m[2]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ tag: m[1]!.toLowerCase(), attrs });
  }
  return tags;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function refsOfPage(file: string, html: string): Ref[] {
  const refs: Ref[] = [];
  for (const { tag, attrs } of startTags(html)) {
    for (const name of ['href', 'src', 'action', 'poster']) {
      const v = attrs.get(name);
      if (v !== undefined) refs.push({ from: file, kind: `${tag} ${name}`, value: v });
    }
    for (const name of ['srcset', 'imagesrcset']) {
      for (const candidate of (attrs.get(name) ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) refs.push({ from: file, kind: `${tag} ${name}`, value: url });
      }
    }
    const prop = attrs.get('property') ?? attrs.get('name');
    if (tag === 'meta' && prop && /^(og:image|og:url|twitter:image)$/.test(prop)) refs.push({ from: file, kind: `meta ${prop}`, value: attrs.get('content') ?? '' });
  }
  return refs;
}

function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const { attrs } of startTags(html)) {
    const id = attrs.get('id') ?? attrs.get('name');
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

export interface Checked {
  problems: string[];
  checked: number;
  sitemap: string[];
}

export function checkSite(site: Pick<BuiltSite, 'root' | 'base'>): Checked {
  const files = listFiles(site.root);
  const fileSet = new Set(files);
  const read = (f: string) => readFileSync(join(site.root, f), 'utf8');
  const index = read('index.html');
  // The canonical URL of the home page is SITE_URL + base: absolute URLs under it are internal.
  const home = /<link rel="canonical" href="([^"]+)"/.exec(index)?.[1];
  if (!home) throw new Error('index.html has no canonical link');
  const origin = new URL(home).origin;

  const htmlCache = new Map<string, Set<string>>();
  const idsIn = (f: string) => htmlCache.get(f) ?? htmlCache.set(f, idsOf(read(f))).get(f)!;

  const refs: Ref[] = [];
  for (const f of files) {
    if (f.endsWith('.html')) refs.push(...refsOfPage(f, read(f)));
    else if (f.endsWith('.css')) for (const m of read(f).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) refs.push({ from: f, kind: 'url()', value: m[1]! });
  }
  const sitemap = fileSet.has('sitemap.xml') ? [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1]!)) : [];
  for (const loc of sitemap) refs.push({ from: 'sitemap.xml', kind: 'sitemap loc', value: loc });
  if (fileSet.has('rss.xml')) for (const m of read('rss.xml').matchAll(/<(link|guid)[^>]*>([^<]+)<\/\1>/g)) refs.push({ from: 'rss.xml', kind: `rss ${m[1]}`, value: decodeEntities(m[2]!) });

  const problems: string[] = [];
  let checked = 0;
  for (const ref of refs) {
    const v = ref.value.trim();
    const say = (why: string) => problems.push(`${ref.from}: ${ref.kind}="${ref.value}" ${why}`);
    if (v === '') {
      say('is empty');
      continue;
    }
    if (/^(mailto|tel|data|blob|javascript):/i.test(v)) continue;
    const pageUrl = new URL(ref.from.endsWith('.html') ? pagePath(site.base, ref.from) : site.base, origin);
    const url = new URL(v, pageUrl);
    if (url.origin !== origin) continue;
    checked++;
    // Authored links: root-relative ones must carry the base ("/metode/" breaks under /msl-explainer/).
    if (v.startsWith('/') && !v.startsWith('//') && !v.startsWith(site.base)) {
      say(`does not start with the base path ${site.base}`);
      continue;
    }
    if (!url.pathname.startsWith(site.base)) {
      say(`resolves to ${url.pathname}, outside the base path ${site.base}`);
      continue;
    }
    const rel = decodeURIComponent(url.pathname.slice(site.base.length));
    const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : fileSet.has(rel) ? rel : fileSet.has(`${rel}/index.html`) ? `${rel}/index.html` : null;
    if (target === null || !fileSet.has(target)) {
      say(`points at ${url.pathname}, which is not in the build`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment !== '' && target.endsWith('.html') && !idsIn(target).has(fragment)) say(`points at #${fragment}, which is no id in ${target}`);
  }

  // Every page a search engine should see is in the sitemap, and only those.
  const indexable = files
    .filter((f) => f.endsWith('.html'))
    .filter((f) => !/<meta name="robots" content="[^"]*noindex/.test(read(f)))
    .map((f) => new URL(pagePath(site.base, f), origin).href);
  const listed = new Set(sitemap.map((u) => new URL(u).href));
  for (const page of indexable) if (!listed.has(page)) problems.push(`sitemap.xml: does not list ${page}`);
  for (const loc of sitemap) if (!indexable.includes(new URL(loc).href)) problems.push(`sitemap.xml: lists ${loc}, which is no indexable page`);

  return { problems, checked, sitemap };
}

