/**
 * A small static server for a built site on 127.0.0.1, behaving like a production static host: gzip,
 * directories map to index.html (a path without its trailing slash redirects), misses to 404.html,
 * and the headers of `_headers` (Netlify/Cloudflare format) on every response. Used by `npm start`,
 * `npm run audit`, `npm run bench` and the header-mode CSP test.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.xml', '.ics', '.txt']);

/** One rule of a `_headers` file: a path pattern (`/*` style) and the headers it adds. */
export interface HeaderRule {
  pattern: RegExp;
  headers: Record<string, string>;
}

/** Parses a `_headers` file: a path line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      const glob = raw
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      current = { pattern: new RegExp(`^${glob}$`), headers: {} };
      rules.push(current);
      continue;
    }
    const at = raw.indexOf(':');
    if (current && at > 0) current.headers[raw.slice(0, at).trim()] = raw.slice(at + 1).trim();
  }
  return rules;
}

/** The headers every rule matching a path adds. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => r.pattern.test(pathname)).map((r) => r.headers));
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

export interface ServeOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Also send each page's own <meta> Content-Security-Policy as an HTTP header, as hosts that set the policy per page do. */
  cspFromMeta?: boolean;
}

/** Serves `dir` on 127.0.0.1: directories map to index.html, misses to 404.html, `_headers` applied. */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  const gzipped = new Map<string, Buffer>();
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = resolve(root, `.${decodeURIComponent(url.pathname)}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path !== root && !path.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    let status = 200;
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    if (!existsSync(path) || !statSync(path).isFile()) {
      status = 404;
      path = join(root, '404.html');
    }
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(path);
    const headers: Record<string, string | string[]> = {
      ...headersFor(rules, url.pathname),
      'content-type': MIME[ext] ?? 'application/octet-stream',
      'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    };
    if (options.cspFromMeta && ext === '.html') {
      const policy = META_CSP.exec(readFileSync(path, 'utf8'))?.[1];
      // Every policy a response carries is enforced; the page's own joins the site-wide one from _headers.
      if (policy)
        headers['Content-Security-Policy'] = [
          headers['Content-Security-Policy'] as string | undefined,
          policy.replace(/&#39;/g, "'").replace(/&quot;/g, '"'),
        ].filter((p): p is string => Boolean(p));
    }
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(path);
      if (!body) {
        body = gzipSync(readFileSync(path));
        gzipped.set(path, body);
      }
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
