/** Shared helpers for the end-to-end suites (built site served by `astro preview`). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

const DIST = join(process.cwd(), 'dist');

/** Every page path in the sitemap, e.g. `/features/bgp/`. */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const xml = files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
}

/** The built matrix download, the contract pages are checked against. */
export function matrixJson(): { cnis: { id: string; name: string; maintenance: string }[]; features: { id: string; name: string; category: string }[]; support: Record<string, Record<string, { status: string; note?: string }>> } {
  return JSON.parse(readFileSync(join(DIST, 'data', 'matrix.json'), 'utf8'));
}

export function benchmarksJson(): { sources: { id: string; primary: boolean }[]; results: { source: string; config: string; test: string; metric: string; role?: string; median: number | null }[] } {
  return JSON.parse(readFileSync(join(DIST, 'data', 'benchmarks.json'), 'utf8'));
}

/** Collects console errors, page errors and requests to other origins while a test runs. */
export function watch(page: Page, origin: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u); });
  return { errors, foreign };
}

/** Gzip bytes of everything a page loads on first load (same origin), and of its JavaScript, measured in Chromium. */
export async function firstLoad(page: Page, path: string, origin: string) {
  const bodies: Promise<{ type: string; gz: number; url: string }>[] = [];
  page.on('response', (res) => {
    if (!res.url().startsWith(origin) || res.status() >= 300) return;
    bodies.push(res.body().then((b) => ({ type: res.request().resourceType(), gz: gzipSync(b).length, url: res.url() })).catch(() => ({ type: 'other', gz: 0, url: res.url() })));
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  return { total: all.reduce((n, b) => n + b.gz, 0), js: all.filter((b) => b.type === 'script').reduce((n, b) => n + b.gz, 0), files: all };
}
