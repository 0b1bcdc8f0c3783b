/**
 * Bytes a built page ships, read statically from the HTML and the files in
 * dist/: used by scripts/bench-scale.mjs (per size) and by
 * tests/budgets/budgets.test.ts (byte budgets on the real build).
 *
 * For one HTML file:
 *  - html: the page itself, raw and gzip;
 *  - js.entries: module scripts the page references (<script type=module src>,
 *    imports of inline module scripts, <link rel=modulepreload>);
 *    js.inlineScripts: executable inline scripts (JSON data scripts excluded);
 *  - js.initial: entries plus everything reachable through static imports
 *    (what runs before any chart nears the viewport);
 *  - js.all: initial plus everything reachable through dynamic import()
 *    (Chart.js, loaded when a chart nears the viewport);
 *  - css: stylesheets the page links (outside <noscript>) with their @imports,
 *    plus inline <style> blocks;
 *  - fonts: font files the page's CSS references (@font-face url()) plus
 *    fonts it preloads: everything the page can download.
 * gzip = zlib at its default level (6), per file, as a static host sends it.
 * Everything outside <noscript> counts: with JavaScript on, noscript content is inert.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ files: string[], raw: number, gzip: number }} Bytes */
/**
 * @typedef {{
 *   page: string,
 *   html: { raw: number, gzip: number },
 *   js: { entries: string[], inlineScripts: number, preloads: string[], initial: Bytes, all: Bytes },
 *   css: Bytes & { inline: number },
 *   fonts: { files: string[], raw: number },
 *   charts: number,
 *   scrollies: number,
 * }} PageBytes
 */

/** @param {Buffer | string} b */
export const gzipBytes = (b) => gzipSync(b).length;

/** @param {number | null | undefined} n */
export const kb = (n) => (n == null ? '—' : n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);

/**
 * Every .html file under dir, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function htmlFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

/**
 * The value of an attribute in a start tag, or undefined.
 * @param {string} tag
 * @param {string} name
 * @returns {string | undefined}
 */
function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * A measurer bound to one dist directory built with `base`.
 * @param {{ dist: string, base?: string }} options
 */
export function pageBytes({ dist, base = '/' }) {
  const BASE = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  /** @type {Map<string, { raw: number, gzip: number }>} */
  const sizes = new Map();
  /** @type {Map<string, { static: string[], dynamic: string[] }>} */
  const importsCache = new Map();

  /** @param {string} file */
  const sizeOf = (file) => {
    let s = sizes.get(file);
    if (!s) {
      const buf = readFileSync(file);
      s = { raw: buf.length, gzip: gzipBytes(buf) };
      sizes.set(file, s);
    }
    return s;
  };
  /** @param {Iterable<string>} files @returns {Bytes} */
  const total = (files) => {
    const list = [...files];
    return {
      files: list.map((f) => relative(dist, f).split(sep).join('/')),
      raw: list.reduce((n, f) => n + sizeOf(f).raw, 0),
      gzip: list.reduce((n, f) => n + sizeOf(f).gzip, 0),
    };
  };

  /** URL path of a file in dist. @param {string} file */
  const urlPathOf = (file) => BASE + relative(dist, file).split(sep).join('/');

  /**
   * The dist file a reference points to, from a document at urlPath.
   * @param {string | undefined} ref
   * @param {string} fromUrlPath
   * @returns {string | null}
   */
  const resolveRef = (ref, fromUrlPath) => {
    if (!ref || /^(data:|blob:|#|mailto:|tel:|javascript:)/i.test(ref)) return null;
    let url;
    try {
      url = new URL(ref, `http://site${fromUrlPath}`);
    } catch {
      return null;
    }
    if (url.host !== 'site') return null;
    const p = decodeURIComponent(url.pathname);
    if (!p.startsWith(BASE)) return null;
    const file = join(dist, p.slice(BASE.length));
    return existsSync(file) && statSync(file).isFile() ? file : null;
  };

  /** @param {string} file */
  const jsImports = (file) => {
    let r = importsCache.get(file);
    if (r) return r;
    const code = readFileSync(file, 'utf8');
    const from = urlPathOf(file);
    /** @type {Set<string>} */ const s = new Set();
    /** @type {Set<string>} */ const d = new Set();
    for (const m of code.matchAll(/(?:^|[^\w$.])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g)) s.add(m[1] ?? '');
    for (const m of code.matchAll(/(?:^|[^\w$.])export\s*(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^}]*\}\s*)from\s*["'`]([^"'`]+)["'`]/g)) s.add(m[1] ?? '');
    for (const m of code.matchAll(/(?:^|[^\w$.])import\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)) d.add(m[1] ?? '');
    // Vite's preload helper lists what a dynamic import needs: m.f||(m.f=["_astro/a.js",…])
    for (const m of code.matchAll(/m\.f\s*=\s*\[([^\]]*)\]/g)) {
      for (const q of (m[1] ?? '').matchAll(/["'`]([^"'`]+)["'`]/g)) d.add(BASE + (q[1] ?? '').replace(/^\//, ''));
    }
    /** @param {Set<string>} refs */
    const files = (refs) => [...refs].map((ref) => resolveRef(ref, from)).filter((f) => f !== null && /\.m?js$/.test(f));
    r = { static: /** @type {string[]} */ (files(s)), dynamic: /** @type {string[]} */ (files(d)) };
    importsCache.set(file, r);
    return r;
  };

  /** @param {string[]} entries @param {boolean} followDynamic */
  const closure = (entries, followDynamic) => {
    /** @type {Set<string>} */
    const seen = new Set();
    /** @param {string} f */
    const visit = (f) => {
      if (seen.has(f)) return;
      seen.add(f);
      const r = jsImports(f);
      r.static.forEach(visit);
      if (followDynamic) r.dynamic.forEach(visit);
    };
    entries.forEach(visit);
    return seen;
  };

  /** @param {string[]} entries */
  const cssClosure = (entries) => {
    /** @type {Set<string>} */ const css = new Set();
    /** @type {Set<string>} */ const fonts = new Set();
    /** @param {string} file */
    const visit = (file) => {
      if (css.has(file)) return;
      css.add(file);
      scanCss(readFileSync(file, 'utf8'), urlPathOf(file), visit, fonts);
    };
    entries.forEach(visit);
    return { css, fonts };
  };

  /**
   * @param {string} text @param {string} from
   * @param {(file: string) => void} onImport @param {Set<string>} fonts
   */
  const scanCss = (text, from, onImport, fonts) => {
    for (const m of text.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) {
      const f = resolveRef(m[1], from);
      if (f) onImport(f);
    }
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const f = resolveRef(m[1], from);
      if (f && /\.(woff2?|ttf|otf|eot)$/i.test(f)) fonts.add(f);
    }
  };

  /**
   * @param {string} file an HTML file in dist
   * @returns {PageBytes}
   */
  function measure(file) {
    const urlPath = urlPathOf(file).replace(/(^|\/)index\.html$/, '$1');
    const html = readFileSync(file, 'utf8');
    const live = html.replace(/<noscript\b[\s\S]*?<\/noscript>/gi, '');
    /** @type {Set<string>} */ const entries = new Set();
    /** @type {Set<string>} */ const preloads = new Set();
    let inlineScripts = 0;
    for (const m of live.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const tag = `<script${m[1]}>`;
      const type = (attr(tag, 'type') ?? '').toLowerCase();
      if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
      const src = attr(tag, 'src');
      if (src) {
        const f = resolveRef(src, urlPath);
        if (f) entries.add(f);
      } else if ((m[2] ?? '').trim()) {
        inlineScripts += Buffer.byteLength(m[2] ?? '');
        for (const i of (m[2] ?? '').matchAll(/(?:^|[^\w$.])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
          const f = resolveRef(i[1], urlPath);
          if (f) entries.add(f);
        }
      }
    }
    /** @type {string[]} */ const cssEntries = [];
    /** @type {Set<string>} */ const preloadFonts = new Set();
    for (const m of live.matchAll(/<link\b[^>]*>/gi)) {
      const tag = m[0];
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const f = resolveRef(attr(tag, 'href'), urlPath);
      if (rel.includes('modulepreload')) {
        preloads.add(attr(tag, 'href') ?? '');
        if (f) entries.add(f);
      }
      if (!f) continue;
      if (rel.includes('stylesheet')) cssEntries.push(f);
      if (rel.includes('preload') && /\.(woff2?|ttf|otf)$/i.test(f)) preloadFonts.add(f);
    }
    const { css, fonts } = cssClosure(cssEntries);
    let inlineCssRaw = 0;
    let inlineCssGzip = 0;
    for (const m of live.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
      const text = m[1] ?? '';
      if (!text.trim()) continue;
      inlineCssRaw += Buffer.byteLength(text);
      inlineCssGzip += gzipBytes(text);
      scanCss(text, urlPath, (f) => cssClosure([f]).css.forEach((c) => css.add(c)), fonts);
    }
    for (const f of preloadFonts) fonts.add(f);
    const initial = closure([...entries], false);
    const all = closure([...entries], true);
    const cssTotal = total(css);
    const fontTotal = total(fonts);
    const buf = Buffer.from(html);
    return {
      page: urlPath,
      html: { raw: buf.length, gzip: gzipBytes(buf) },
      js: {
        entries: [...entries].map((f) => relative(dist, f).split(sep).join('/')),
        inlineScripts,
        preloads: [...preloads],
        initial: total(initial),
        all: total(all),
      },
      css: { files: cssTotal.files, raw: cssTotal.raw + inlineCssRaw, gzip: cssTotal.gzip + inlineCssGzip, inline: inlineCssRaw },
      fonts: { files: fontTotal.files, raw: fontTotal.raw },
      charts: (live.match(/<chart-figure\b/g) ?? []).length,
      scrollies: (live.match(/<scrolly-section\b/g) ?? []).length,
    };
  }

  return { measure, htmlFiles: () => htmlFiles(dist) };
}
