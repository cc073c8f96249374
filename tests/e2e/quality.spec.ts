import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoad, watch } from './helpers.ts';

const KB = 1024;
/**
 * Budgets per page type (gzip bytes on first load). Content pages: ≤ 30 KB in total, ≤ 5 KB JS. CNI
 * profiles and pair pages: ≤ 40 KB, since they list every feature of 15 CNIs with typed qualifiers,
 * history, platforms and migrations (measured 33 and 37 KB on 2026-12-01).
 */
const BUDGETS: { type: string; path: string; total: number; js: number }[] = [
  { type: 'home', path: '/', total: 30 * KB, js: 5 * KB },
  { type: 'feature', path: '/features/network-policy/', total: 30 * KB, js: 5 * KB },
  { type: 'cni', path: '/cni/calico/', total: 40 * KB, js: 5 * KB },
  { type: 'comparison', path: '/compare/calico-vs-cilium/', total: 40 * KB, js: 5 * KB },
  { type: 'platforms', path: '/platforms/', total: 30 * KB, js: 5 * KB },
  { type: 'platform', path: '/platforms/eks/', total: 30 * KB, js: 5 * KB },
  { type: 'migration', path: '/migrate/calico-to-cilium/', total: 30 * KB, js: 5 * KB },
  { type: 'releases', path: '/cni/cilium/releases/', total: 30 * KB, js: 5 * KB },
  { type: 'changes', path: '/changes/', total: 60 * KB, js: 8 * KB },
  { type: 'scenario', path: '/recommend/regulated-environment/', total: 30 * KB, js: 5 * KB },
  { type: 'article', path: '/articles/network-policy-l3-to-l7/', total: 30 * KB, js: 5 * KB },
  { type: 'claims', path: '/claims/', total: 30 * KB, js: 5 * KB },
  { type: 'methodology', path: '/about/methodology/', total: 30 * KB, js: 5 * KB },
  { type: 'matrix', path: '/matrix/', total: 35 * KB, js: 10 * KB },
  { type: 'recommend', path: '/recommend/', total: 120 * KB, js: 15 * KB },
  { type: 'benchmarks', path: '/benchmarks/', total: 150 * KB, js: 70 * KB },
];

test.describe('budgets and third-party requests', () => {
  for (const b of BUDGETS) {
    test(`${b.type} (${b.path}) stays within ${b.total / KB} KB gzip and ${b.js / KB} KB JS, with no request to another origin`, async ({ page, baseURL }) => {
      const seen = watch(page, baseURL!);
      const { total, js, files } = await firstLoad(page, b.path, baseURL!);
      const detail = files.map((f) => `${f.type} ${(f.gz / KB).toFixed(1)} KB ${f.url.replace(baseURL!, '')}`).join('\n');
      expect(total, `total ${(total / KB).toFixed(1)} KB\n${detail}`).toBeLessThanOrEqual(b.total);
      expect(js, `JS ${(js / KB).toFixed(1)} KB\n${detail}`).toBeLessThanOrEqual(b.js);
      expect(seen.foreign).toEqual([]);
      expect(seen.errors).toEqual([]);
    });
  }
});

const HOSTILE = [
  '<script>alert(1)</script>',
  '"\'><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'x'.repeat(10_000),
  '\u202eevil\u200b\u0000\ud83d\ude00',
];

test.describe('hostile URL input', () => {
  const pages: { path: string; keys: string[]; notice: string }[] = [
    { path: '/matrix/', keys: ['cni', 'category', 'q', 'diff'], notice: '[data-matrix-notice]' },
    { path: '/recommend/', keys: ['must', 'want', 'commercial'], notice: '[data-recommend-notice]' },
    { path: '/benchmarks/', keys: ['mode', 'variants', 'range'], notice: '[data-chart-notice]' },
    { path: '/search/', keys: ['q', 'type', 'category'], notice: '' },
  ];
  for (const p of pages) {
    test(`${p.path} survives markup, quotes, javascript:, 10 000 characters, repeated keys and odd Unicode`, async ({ page, baseURL }) => {
      const seen = watch(page, baseURL!);
      let dialogs = 0;
      page.on('dialog', async (d) => {
        dialogs++;
        await d.dismiss();
      });
      for (const value of HOSTILE) {
        // Long values go in one key (servers cap URLs near 16 KB); short ones in every key, twice.
        const query =
          value.length > 1000
            ? `${p.keys[0]}=${encodeURIComponent(value)}&unknown=1`
            : p.keys.flatMap((k) => [`${k}=${encodeURIComponent(value)}`, `${k}=${encodeURIComponent(value)}`]).join('&') + '&unknown=1';
        await page.goto(`${p.path}?${query}`);
        await page.waitForLoadState('networkidle');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (p.notice) await expect(page.locator(p.notice)).toBeVisible();
        expect(await page.locator('img[src="x"]').count()).toBe(0);
      }
      expect(dialogs).toBe(0);
      expect(seen.errors).toEqual([]);
      expect(seen.foreign).toEqual([]);
    });
  }
});

test.describe('status is never shown by colour alone', () => {
  test.use({ colorScheme: 'dark' });
  test('in forced-colors mode every status keeps its text label and a distinct border style', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/matrix/');
    const styles = await page.evaluate(() => {
      const out: Record<string, { text: string; border: string }> = {};
      for (const s of ['yes', 'partial', 'no']) {
        const el = document.querySelector(`td[data-status="${s}"] a`)!;
        out[s] = { text: el.textContent!.trim(), border: getComputedStyle(el).borderTopStyle };
      }
      return out;
    });
    expect(styles.yes!.text).toContain('Yes');
    expect(styles.partial!.text).toContain('Partial');
    expect(styles.no!.text).toContain('No');
    expect(styles.partial!.border).toBe('dashed');
    expect(styles.yes!.border).toBe('solid');
  });
});

test.describe('theme', () => {
  test('the toggle cycles system → light → dark, persists, and applies before paint on the next page', async ({ page }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: /Theme: system/ });
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: /Theme: light/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('/features/', { waitUntil: 'commit' });
    await page.waitForSelector('body');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(17, 20, 23)');
  });
});

test.describe('small screens and print', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page scrolls sideways at 320 px; wide tables scroll inside their box', async ({ page }) => {
    for (const path of ['/', '/matrix/', '/cni/cilium/', '/compare/calico-vs-cilium/', '/recommend/', '/benchmarks/', '/articles/how-cilium-works/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
  });
  test('print hides navigation and filters', async ({ page }) => {
    await page.goto('/matrix/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('[data-matrix-filters]')).toBeHidden();
    await expect(page.locator('table.matrix')).toBeVisible();
  });
});

test.describe('security policy', () => {
  test('every page type carries a hash-based CSP without unsafe-inline or unsafe-eval scripts', async ({ page }) => {
    for (const path of [
      '/',
      '/matrix/',
      '/features/bgp/',
      '/compare/calico-vs-cilium/',
      '/recommend/',
      '/benchmarks/',
      '/search/',
      '/articles/how-cilium-works/',
    ]) {
      await page.goto(path);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp, path).toBeTruthy();
      const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1] ?? '';
      expect(scriptSrc, path).toContain("'sha256-");
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toMatch(/'unsafe-eval'/);
      expect(csp, path).toContain("object-src 'none'");
    }
  });

  test('public/_headers ships the security headers for static hosts', () => {
    const headers = readFileSync(join(process.cwd(), 'dist', '_headers'), 'utf8');
    for (const h of ['Content-Security-Policy:', "frame-ancestors 'none'", 'X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:'])
      expect(headers).toContain(h);
  });
});
