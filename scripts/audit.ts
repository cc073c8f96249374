/**
 * `npm run audit [-- --preset desktop] [--dist DIR] [/path/ …]`: Lighthouse scores for the built site.
 *
 * Serves `dist/` on 127.0.0.1 (gzip, like a production host), runs Lighthouse with the system
 * Chromium on the key pages (/, /matrix/, /compare/calico-vs-cilium/, /benchmarks/, /recommend/ unless
 * paths are given) and prints the performance, accessibility, best-practices and SEO scores per
 * page, followed by the audits that cost points outside performance. Informational: exits 0 whatever
 * the scores are, non-zero only when something crashed. Run `npm run build` first.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const DEFAULT_PATHS = ['/', '/matrix/', '/compare/calico-vs-cilium/', '/benchmarks/', '/recommend/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROMIUM_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--no-sandbox', '--headless=new'];

const { values: args, positionals } = parseArgs({
  options: {
    preset: { type: 'string', default: 'mobile' },
    dist: { type: 'string', default: 'dist' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
  strict: true,
});
if (args.help) {
  console.log(`usage: npm run audit -- [--preset mobile|desktop] [--dist DIR] [/path/ ...]
  --preset   Lighthouse's mobile (default, simulated slow 4G and CPU) or desktop settings
  --dist     the built site to serve (default dist)
  paths      pages to audit (default ${DEFAULT_PATHS.join(' ')})`);
  process.exit(0);
}
if (args.preset !== 'mobile' && args.preset !== 'desktop') {
  console.error(`audit: --preset must be "mobile" or "desktop", got "${args.preset}"`);
  process.exit(2);
}
const paths = positionals.length ? positionals.map((p) => (p.startsWith('/') ? p : `/${p}`)) : DEFAULT_PATHS;
const dist = resolve(args.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`audit: no built site in ${dist}. Run "npm run build" first, then "npm run audit".`);
  process.exit(1);
}

function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`no Chromium found (tried ${candidates.join(', ')}); install it with "apt-get update && apt-get install -y chromium" or set CHROMIUM_PATH`);
  return found;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.xml', '.txt']);

/** Serves `dir` on 127.0.0.1 at a free port: directories map to index.html, misses to 404.html. */
async function serveStatic(dir: string): Promise<{ server: Server; origin: string }> {
  const root = resolve(dir);
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try { path = resolve(root, `.${decodeURIComponent(url.pathname)}`); } catch { res.writeHead(400).end(); return; }
    if (path !== root && !path.startsWith(root + sep)) { res.writeHead(403).end(); return; }
    let status = 200;
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) { res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end(); return; }
      path = join(path, 'index.html');
    }
    if (!existsSync(path) || !statSync(path).isFile()) { status = 404; path = join(root, '404.html'); }
    if (!existsSync(path)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const ext = extname(path);
    const headers: Record<string, string> = { 'content-type': MIME[ext] ?? 'application/octet-stream', 'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable' };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(path);
      if (!body) { body = gzipSync(readFileSync(path)); gzipped.set(path, body); }
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, headers);
    if (req.method === 'HEAD') { res.end(); return; }
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

interface PageResult { path: string; scores: Partial<Record<(typeof CATEGORIES)[number], number | null>>; error?: string; issues: string[]; metrics: string }

const { server, origin } = await serveStatic(dist);
let chrome: chromeLauncher.LaunchedChrome | undefined;
const results: PageResult[] = [];
try {
  const chromePath = chromiumPath();
  console.log(`audit: serving ${dist} at ${origin}; Lighthouse (${args.preset}) with ${chromePath}`);
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  for (const path of paths) {
    const started = performance.now();
    process.stdout.write(`audit: ${path} … `);
    const runner = await lighthouse(
      `${origin}${path}`,
      { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
      args.preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!runner) throw new Error(`Lighthouse returned nothing for ${path}`);
    const lhr = runner.lhr;
    const scores: PageResult['scores'] = {};
    for (const id of CATEGORIES) scores[id] = lhr.categories[id]?.score ?? null;
    // Audits that cost points outside performance (performance is summarised by its metrics).
    const issues: string[] = [];
    for (const id of CATEGORIES.filter((c) => c !== 'performance')) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) issues.push(`${id}: ${audit.title} [${ref.id}]`);
      }
    }
    const metric = (id: string) => lhr.audits[id]?.displayValue?.replace(/\s/g, ' ') ?? '–';
    const metrics = `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`;
    const error = lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined;
    results.push({ path, scores, error, issues, metrics });
    console.log(error ? `error (${error.slice(0, 100)})` : `done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} catch (error) {
  console.error(`\naudit: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await chrome?.kill();
  server.close();
}

if (results.length) {
  const pathWidth = Math.max(4, ...results.map((r) => r.path.length));
  const width = Math.max(...CATEGORIES.map((c) => c.length)) + 2;
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '–' : String(Math.round(v * 100))).padStart(width);
  console.log(`\nLighthouse ${args.preset} scores (0–100):`);
  console.log(`${'page'.padEnd(pathWidth)}${CATEGORIES.map((c) => c.padStart(width)).join('')}`);
  for (const r of results) console.log(`${r.path.padEnd(pathWidth)}${CATEGORIES.map((c) => cell(r.scores[c])).join('')}${r.error ? '   (not scored: see below)' : ''}`);
  console.log('');
  for (const r of results) {
    if (r.error) { console.log(`${r.path}: not scored: ${r.error}`); continue; }
    console.log(`${r.path}: ${r.metrics}`);
    for (const issue of r.issues) console.log(`  - ${issue}`);
  }
}
