/** Shared helpers for the end-to-end suites (built site served by `astro preview`). */
import type { ChangeItemLike } from '../../src/lib/facts.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/** The built site under test (E2E_DIST, as in playwright.config.ts; default dist/). */
export const DIST = resolve(process.cwd(), process.env.E2E_DIST ?? 'dist');

/** A file of the built site, parsed as JSON (`data/platforms.json`). */
export function builtJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(DIST, path), 'utf8')) as T;
}

/** A file of the built site as text. */
export function builtText(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

export type StanceValue = 'default' | 'bundled' | 'supported' | 'partner' | 'compatible' | 'unavailable';

/** /data/platforms.json as the tests read it. */
export function platformsJson(): {
  platforms: {
    id: string;
    name: string;
    kind: string;
    defaults: { cni: string; when?: string }[];
    cniChange: { value: 'yes' | 'migration' | 'no'; note: string };
    stances: Record<string, { stance: StanceValue; note: string }>;
  }[];
} {
  return builtJson('data/platforms.json');
}

/** /data/migrations.json as the tests read it. */
export function migrationsJson(): { migrations: { id: string; from: string; to: string; method: string }[]; legacyPlugins: { id: string; name: string }[] } {
  return builtJson('data/migrations.json');
}

/** A change item as /data/changes.json publishes it. */
export type ChangeItemJson = ChangeItemLike;
/** /data/changes.json as the tests read it. */
export function changesJson(): { changes: { date: string; title: string; why: string; changes: ChangeItemJson[] }[] } {
  return builtJson('data/changes.json');
}

/** /data/releases.json as the tests read it. */
export function releasesJson(): {
  generated: string;
  subjects: { subject: string; kind: 'cni' | 'platform'; supportedToday: string[]; lines: { line: string; endOfSupport?: string }[] }[];
} {
  return builtJson('data/releases.json');
}

/** Every page path in the sitemap, e.g. `/features/bgp/`. */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const xml = files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}

/** The built matrix download, the contract pages are checked against. */
export function matrixJson(): {
  cnis: { id: string; name: string; maintenance: string }[];
  features: { id: string; name: string; category: string }[];
  support: Record<string, Record<string, { status: string; note?: string }>>;
} {
  return JSON.parse(readFileSync(join(DIST, 'data', 'matrix.json'), 'utf8'));
}

export function benchmarksJson(): {
  sources: { id: string; title: string; primary: boolean; caveats: string[] }[];
  results: { source: string; config: string; cni: string | null; test: string; metric: string; role?: string; median: number | null }[];
} {
  return JSON.parse(readFileSync(join(DIST, 'data', 'benchmarks.json'), 'utf8'));
}

/** Collects console errors, page errors and requests to other origins while a test runs. */
export function watch(page: Page, origin: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  return { errors, foreign };
}

/** Gzip bytes of everything a page loads on first load (same origin), and of its JavaScript, measured in Chromium. */
export async function firstLoad(page: Page, path: string, origin: string) {
  const bodies: Promise<{ type: string; gz: number; url: string }>[] = [];
  page.on('response', (res) => {
    if (!res.url().startsWith(origin) || res.status() >= 300) return;
    bodies.push(
      res
        .body()
        .then((b) => ({ type: res.request().resourceType(), gz: gzipSync(b).length, url: res.url() }))
        .catch(() => ({ type: 'other', gz: 0, url: res.url() })),
    );
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  return { total: all.reduce((n, b) => n + b.gz, 0), js: all.filter((b) => b.type === 'script').reduce((n, b) => n + b.gz, 0), files: all };
}
