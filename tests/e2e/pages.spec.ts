import { test, expect } from '@playwright/test';
import { matrixJson, sitemapPaths } from './helpers.ts';
import { parseCsv } from '../../src/lib/csv.ts';

test.describe('content pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a feature page lists every CNI with status, note and sources', async ({ page }) => {
    const data = matrixJson();
    await page.goto('/features/wireguard/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('WireGuard encryption');
    const rows = page.locator('tbody tr[data-cni]');
    await expect(rows).toHaveCount(data.cnis.length);
    for (const c of data.cnis) await expect(page.locator(`tr[data-cni="${c.id}"]`)).toHaveAttribute('data-status', data.support[c.id]!.wireguard!.status);
    await expect(page.getByRole('link', { name: 'See it in the matrix' })).toHaveAttribute('href', '/matrix/?category=encryption&q=wireguard');
  });

  test('a CNI profile shows facts, per-category summary, every feature and links to every pair', async ({ page }) => {
    const data = matrixJson();
    await page.goto('/cni/cilium/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cilium');
    await expect(page.locator('li[data-feature]')).toHaveCount(data.features.length);
    await expect(page.locator('#compare ~ ul a')).toHaveCount(data.cnis.length - 1);
    await expect(page.getByRole('table', { name: /Features per category/ })).toBeVisible();
  });

  test('an archived project says so at the top of its profile', async ({ page }) => {
    await page.goto('/cni/weave-net/');
    await expect(page.locator('main .notice--warning').first()).toContainText('Archived');
  });

  test('a comparison page shows the differences with both statuses and links the filtered matrix', async ({ page }) => {
    const data = matrixJson();
    const diff = data.features.filter((f) => data.support.calico![f.id]!.status !== data.support.cilium![f.id]!.status);
    await page.goto('/compare/calico-vs-cilium/');
    await expect(page.locator('.pair-table tbody tr[data-feature]')).toHaveCount(diff.length);
    await expect(page.getByRole('link', { name: 'Open the matrix filtered to these two' })).toHaveAttribute('href', '/matrix/?cni=calico,cilium&diff=1');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Calico vs Cilium');
  });

  test('the reversed pair URL forwards to the canonical one', async ({ page, baseURL }) => {
    const res = await page.request.get('/compare/cilium-vs-calico/');
    const html = await res.text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/compare/calico-vs-cilium/"');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/compare\/calico-vs-cilium\/"/);
    await page.goto('/compare/cilium-vs-calico/');
    await expect(page).toHaveURL(`${baseURL}/compare/calico-vs-cilium/`);
  });

  test('every pair page exists', async ({ page }) => {
    const ids = matrixJson()
      .cnis.map((c) => c.id)
      .sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const res = await page.request.get(`/compare/${ids[i]}-vs-${ids[j]}/`);
        expect(res.status(), `${ids[i]}-vs-${ids[j]}`).toBe(200);
      }
  });

  test('an article shows live statuses, a table of contents, reading time and sources', async ({ page }) => {
    await page.goto('/articles/encrypting-pod-traffic/');
    await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeVisible();
    await expect(page.getByText(/min read/)).toBeVisible();
    await expect(page.locator('article td[data-status]').first()).toBeVisible();
    await expect(page.locator('#sources')).toBeVisible();
  });

  test('the article index lists every article of the sitemap, each with a description', async ({ page }) => {
    const articles = sitemapPaths().filter((p) => /^\/articles\/[^/]+\/$/.test(p));
    expect(articles.length).toBeGreaterThan(0);
    await page.goto('/articles/');
    await expect(page.locator('.article-list > li')).toHaveCount(articles.length);
    const linked = await page.locator('.article-list > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const path of articles) expect(linked).toContain(path);
  });

  test('the claims page lists every claim with a verdict and a source', async ({ page }) => {
    await page.goto('/claims/');
    const cards = page.locator('.claim-list > li');
    expect(await cards.count()).toBeGreaterThanOrEqual(14);
    for (const card of await cards.all()) {
      await expect(card.getByText(/Verdict: (Accurate|Outdated|Misleading|Wrong|Unverifiable)/)).toBeVisible();
      await expect(card.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\//);
    }
  });

  test('the methodology page defines partial and stale', async ({ page }) => {
    await page.goto('/about/methodology/');
    await expect(page.locator('#partial')).toBeVisible();
    await expect(page.getByText(/flagged stale|flagged\s+stale/)).toBeVisible();
  });

  test('every page has a description, canonical URL and Open Graph tags', async ({ page }) => {
    for (const path of ['/', '/matrix/', '/features/bgp/', '/cni/calico/', '/compare/antrea-vs-calico/', '/recommend/regulated-environment/', '/benchmarks/']) {
      await page.goto(path);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/[/?]/g, '\\$&')}$`));
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
      // A page with a social card says so to Twitter/X; the card is a 1200 × 630 PNG that exists.
      const image = await page.evaluate(() => document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? null);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', image ? 'summary_large_image' : 'summary');
      if (image) {
        const png = await (await page.request.get(new URL(image).pathname)).body();
        expect(png.subarray(1, 4).toString('ascii'), path).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
        await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /.{20,}/);
      }
    }
  });

  test('a missing page answers with the 404 page', async ({ page }) => {
    const res = await page.goto('/no/such/page/');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('downloads', () => {
  test('matrix.json and matrix.csv carry every cell of every CNI', async ({ request }) => {
    const json = await (await request.get('/data/matrix.json')).json();
    expect(json.cnis.map((c: { id: string }) => c.id)).toEqual(matrixJson().cnis.map((c) => c.id));
    for (const c of json.cnis) expect(Object.keys(json.support[c.id]).length, c.id).toBe(json.features.length);
    // One CSV row per cell, carrying the same status as the JSON.
    const rows = parseCsv(await (await request.get('/data/matrix.csv')).text());
    expect(rows.length).toBe(json.cnis.length * json.features.length);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['cni', 'feature', 'status', 'note', 'source_urls', 'verified']));
    for (const r of rows) expect(r.status, `${r.cni} × ${r.feature}`).toBe(json.support[r.cni!][r.feature!].status);
  });
});

test.describe('/compare/ picker', () => {
  test('two CNIs open their pair page; three open the matrix showing their differences', async ({ page, baseURL }) => {
    await page.goto('/compare/');
    // Before the script runs, the plain form still works (it opens the matrix); wait for the enhancement.
    await expect(page.locator('form[data-compare-form][data-enhanced]')).toHaveCount(1);
    await expect(page.locator('h2 + p + ul a').first()).toHaveText('Calico vs Cilium');
    await page.getByRole('checkbox', { name: 'Cilium', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Antrea', exact: true }).check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(`${baseURL}/compare/antrea-vs-cilium/`);
    await page.goto('/compare/');
    await expect(page.locator('form[data-compare-form][data-enhanced]')).toHaveCount(1);
    for (const name of ['Antrea', 'Calico', 'Cilium']) await page.getByRole('checkbox', { name, exact: true }).check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/\/matrix\/\?cni=antrea&cni=calico&cni=cilium&diff=1$/);
    await expect(page.getByRole('checkbox', { name: 'Calico', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Only rows where the chosen CNIs differ' })).toBeChecked();
  });
});
