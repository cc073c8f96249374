/**
 * `npm run audit [-- --preset desktop] [--dist DIR] [/path/ …]`: Lighthouse scores for the built site.
 *
 * Serves `dist/` on 127.0.0.1 (gzip, like a production host), runs Lighthouse with the system
 * Chromium on one page of each key type (home, matrix, a feature, a CNI, a pair, benchmarks,
 * recommend, a platform when the site has platform pages; or the paths given) and prints the
 * performance, accessibility, best-practices and SEO scores per page against the targets (≥ 95
 * performance, 100 for the rest), followed by the audits that cost points. Informational: exits 0
 * whatever the scores are, non-zero only when something crashed (`--strict` also fails on a missed
 * target). Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from './support/static-server.ts';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../tests/support/chromium.ts';

const DEFAULT_PATHS = [
  '/',
  '/matrix/',
  '/features/network-policy/',
  '/cni/cilium/',
  '/compare/calico-vs-cilium/',
  '/benchmarks/',
  '/recommend/',
  '/platforms/eks/',
];
/** Minimum scores (0–1) per category. */
const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 } as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values: args, positionals } = parseArgs({
  options: {
    preset: { type: 'string', default: 'mobile' },
    dist: { type: 'string', default: 'dist' },
    strict: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowPositionals: true,
  strict: true,
});
if (args.help) {
  console.log(`usage: npm run audit -- [--preset mobile|desktop] [--dist DIR] [/path/ ...]
  --preset   Lighthouse's mobile (default, simulated slow 4G and CPU) or desktop settings
  --dist     the built site to serve (default dist)
  --strict   exit 1 when a page misses a target (performance ≥ 95, the rest 100)
  paths      pages to audit (default ${DEFAULT_PATHS.join(' ')}, those that are built)`);
  process.exit(0);
}
if (args.preset !== 'mobile' && args.preset !== 'desktop') {
  console.error(`audit: --preset must be "mobile" or "desktop", got "${args.preset}"`);
  process.exit(2);
}
const dist = resolve(args.dist);
const paths = positionals.length
  ? positionals.map((p) => (p.startsWith('/') ? p : `/${p}`))
  : DEFAULT_PATHS.filter((p) => existsSync(join(dist, p, 'index.html')));
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`audit: no built site in ${dist}. Run "npm run build" first, then "npm run audit".`);
  process.exit(1);
}

interface PageResult {
  path: string;
  scores: Partial<Record<(typeof CATEGORIES)[number], number | null>>;
  error?: string;
  issues: string[];
  metrics: string;
}

const { server, origin } = await serveStatic(dist);
let chrome: chromeLauncher.LaunchedChrome | undefined;
const results: PageResult[] = [];
try {
  const chromePath = findChromium();
  if (!chromePath) throw new Error(INSTALL_HINT);
  console.log(`audit: serving ${dist} at ${origin}; Lighthouse (${args.preset}) with ${chromePath}`);
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
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
  chrome?.kill();
  server.close();
}

if (results.length) {
  const pathWidth = Math.max(4, ...results.map((r) => r.path.length));
  const width = Math.max(...CATEGORIES.map((c) => c.length)) + 2;
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '–' : String(Math.round(v * 100))).padStart(width);
  console.log(`\nLighthouse ${args.preset} scores (0–100):`);
  console.log(`${'page'.padEnd(pathWidth)}${CATEGORIES.map((c) => c.padStart(width)).join('')}`);
  const misses = (r: PageResult) => CATEGORIES.filter((c) => (r.scores[c] ?? 0) < TARGETS[c]);
  for (const r of results)
    console.log(
      `${r.path.padEnd(pathWidth)}${CATEGORIES.map((c) => cell(r.scores[c])).join('')}${r.error ? '   (not scored: see below)' : misses(r).length ? `   below target: ${misses(r).join(', ')}` : '   all targets met'}`,
    );
  if (args.strict && results.some((r) => r.error || misses(r).length)) process.exitCode = 1;
  console.log('');
  for (const r of results) {
    if (r.error) {
      console.log(`${r.path}: not scored: ${r.error}`);
      continue;
    }
    console.log(`${r.path}: ${r.metrics}`);
    for (const issue of r.issues) console.log(`  - ${issue}`);
  }
}
