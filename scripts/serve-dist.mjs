/**
 * A tiny static server for a built site (dist/), used by the browser tests and
 * by `npm run bench`. Node's own http module only; binds to 127.0.0.1.
 *
 * CLI:   node scripts/serve-dist.mjs [dir=dist] [--base /sub/] [--port 4321] [--no-gzip]
 *        (run it through npm/npx so Node 22 from node_modules/.bin is used:
 *         `npx node scripts/serve-dist.mjs dist --base /msl-explainer/`)
 * API:   const server = await serveDist({ root: 'dist', base: '/sub/' });
 *        server.url     -> 'http://127.0.0.1:PORT/sub/'
 *        server.origin  -> 'http://127.0.0.1:PORT'
 *        await server.close();
 *
 * Behaviour, like a plain static host: `/dir/` serves dir/index.html,
 * `/dir` redirects (301) to `/dir/` when dir/index.html exists, `/page`
 * serves page.html when it exists, anything outside `base` or missing gets
 * 404 with dist/404.html when there is one. Text responses are gzipped when
 * the client accepts it (as real hosts do; Lighthouse measures transfer sizes).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** @type {Record<string, string>} */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** Normalises a base path to '/x/y/' form ('' and '/' -> '/'). */
export function normaliseBase(base = '/') {
  let b = String(base).trim();
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b.replace(/\/{2,}/g, '/');
}

/** @param {string} path */
async function fileIfExists(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * @param {{ root?: string, base?: string, port?: number, host?: string, gzip?: boolean, log?: boolean }} [options]
 * @returns {Promise<{ url: string, origin: string, port: number, base: string, root: string, close: () => Promise<void> }>}
 */
export async function serveDist(options = {}) {
  const root = resolve(options.root ?? 'dist');
  const base = normaliseBase(options.base ?? '/');
  const host = options.host ?? '127.0.0.1';
  const gzip = options.gzip ?? true;
  const log = options.log ?? false;
  const rootStat = await stat(root).catch(() => null);
  if (!rootStat?.isDirectory()) throw new Error(`serve-dist: ${root} is not a directory (build the site first: npm run build)`);
  const notFoundPage = await fileIfExists(join(root, '404.html'));

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {Buffer | string} body
   * @param {string} type
   */
  function send(req, res, status, body, type) {
    let buf = typeof body === 'string' ? Buffer.from(body) : body;
    /** @type {Record<string, string | number>} */
    const headers = { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
    if (gzip && COMPRESSIBLE.test(type) && buf.length > 256 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      buf = gzipSync(buf);
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    headers['content-length'] = buf.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : buf);
    if (log) console.log(`${status} ${req.method} ${req.url}`);
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function notFound(req, res) {
    if (notFoundPage) send(req, res, 404, await readFile(notFoundPage), MIME_TYPES['.html']);
    else send(req, res, 404, 'Not found\n', MIME_TYPES['.txt']);
  }

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        send(req, res, 400, 'Bad request\n', MIME_TYPES['.txt']);
        return;
      }
      if (pathname.includes('\0')) return notFound(req, res);
      // '/sub' (base without its slash) -> '/sub/'
      if (base !== '/' && pathname === base.slice(0, -1)) {
        res.writeHead(301, { location: base + url.search }).end();
        return;
      }
      if (!pathname.startsWith(base)) return notFound(req, res);
      const rel = pathname.slice(base.length);
      const target = resolve(root, `.${sep}${rel}`);
      if (target !== root && !target.startsWith(root + sep)) return notFound(req, res);

      let file = null;
      if (pathname.endsWith('/')) {
        file = await fileIfExists(join(target, 'index.html'));
      } else {
        file = await fileIfExists(target);
        if (!file && (await fileIfExists(join(target, 'index.html')))) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        if (!file && !extname(target)) file = await fileIfExists(`${target}.html`);
      }
      if (!file) return notFound(req, res);
      const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      send(req, res, 200, await readFile(file), type);
    } catch (err) {
      if (!res.headersSent) send(req, res, 500, `Server error: ${String(err)}\n`, MIME_TYPES['.txt']);
      else res.destroy();
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => ok(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('serve-dist: no address');
  const origin = `http://${host}:${address.port}`;
  return {
    url: origin + base,
    origin,
    port: address.port,
    base,
    root,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// CLI
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  /** @param {string} name */
  const opt = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const base = opt('--base') ?? process.env['BASE_PATH'] ?? '/';
  const port = Number(opt('--port') ?? process.env['PORT'] ?? 4321);
  const noGzip = args.includes('--no-gzip');
  const root = args.filter((a) => !a.startsWith('--'))[0] ?? 'dist';
  const server = await serveDist({ root, base, port, gzip: !noGzip, log: true });
  console.log(`Serving ${server.root} at ${server.url} (Ctrl+C to stop)`);
}
