/**
 * The `_headers` file as Netlify and Cloudflare Pages read it, for the tests:
 * a parser, the headers a path ends up with on each host, and a local server
 * that serves a built site with them (scripts/serve-dist.mjs behind a small
 * proxy that sets the headers).
 *
 * Host semantics modelled (see the comment atop public/_headers):
 * - both: a path gets the headers of every rule whose pattern matches it;
 *   `*` matches any characters (slashes included), `:name` one segment;
 * - cloudflare: a header set by two matching rules is joined with ", ";
 *   a line "! Name" in a later rule removes what earlier rules set;
 * - netlify: "!" lines are skipped (no colon); the later rule's value wins.
 */
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { serveDist } from '../../scripts/serve-dist.mjs';

export type Host = 'cloudflare' | 'netlify';

export interface HeaderRule {
  pattern: string;
  line: number;
  set: [name: string, value: string][];
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/') && !line.startsWith('https://')) throw new Error(`_headers:${i + 1}: a rule must start with "/" or "https://": ${line}`);
      rules.push({ pattern: line, line: i + 1, set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers:${i + 1}: a header before any path: ${line}`);
    if (line.startsWith('!')) {
      rule.detach.push(line.slice(1).trim().toLowerCase());
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || line.slice(colon + 1).trim() === '') throw new Error(`_headers:${i + 1}: expected "Name: value": ${line}`);
    rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function matches(pattern: string, path: string): boolean {
  return patternRegExp(pattern).test(path);
}

/** The headers (lower-case names) `path` gets from the rules on `host`. */
export function headersFor(rules: readonly HeaderRule[], path: string, host: Host): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    if (host === 'cloudflare') for (const name of rule.detach) delete out[name];
    const own: Record<string, string> = {};
    for (const [name, value] of rule.set) own[name] = own[name] === undefined ? value : `${own[name]}, ${value}`;
    for (const [name, value] of Object.entries(own)) {
      out[name] = host === 'cloudflare' && out[name] !== undefined ? `${out[name]}, ${value}` : value;
    }
  }
  return out;
}

export interface HeaderServer {
  /** http://127.0.0.1:PORT/base/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site (root) under `base` with the headers `rules` give each
 * path on `host`. Rules are matched against the path below the base, as on a
 * host where the site is the whole origin.
 */
export async function serveWithHeaders(options: { root: string; base: string; rules: readonly HeaderRule[]; host: Host }): Promise<HeaderServer> {
  const inner = await serveDist({ root: options.root, base: options.base, gzip: false });
  const server: Server = createServer((req, res) => {
    const upstream = request(`${inner.origin}${req.url ?? '/'}`, { method: req.method, headers: { ...req.headers, host: new URL(inner.origin).host } }, (up) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const below = `/${path.slice(options.base.length)}`;
      const headers: IncomingHttpHeaders = { ...up.headers, ...headersFor(options.rules, below, options.host) };
      res.writeHead(up.statusCode ?? 500, headers);
      up.pipe(res);
    });
    upstream.on('error', (err) => {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(String(err));
    });
    req.pipe(upstream);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('serveWithHeaders: no address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: origin + options.base,
    origin,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await inner.close();
    },
  };
}
