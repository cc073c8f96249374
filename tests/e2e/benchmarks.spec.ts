import { test, expect } from '@playwright/test';
import { benchmarksJson } from './helpers.ts';

test.describe('/benchmarks/', () => {
  test('table numbers match the data and every chart draws a canvas near the viewport', async ({ page }) => {
    const data = benchmarksJson();
    const cilium = data.results.find(
      (r) => r.source === 'infrabuilder-2024-40g' && r.config === 'cilium' && r.test === 'tcp-1-pod-to-pod' && r.metric === 'throughput',
    )!;
    await page.goto('/benchmarks/');
    const row = page.locator('#chart-tcp-1-pod-to-pod tr[data-config="cilium"]');
    await expect(row).toHaveAttribute('data-median', String(cilium.median));
    const figure = page.locator('#chart-tcp-1-pod-to-pod');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('canvas')).toBeVisible();
    await expect(figure.locator('canvas')).toHaveAttribute('aria-label', /bar chart/);
    await expect(figure.locator('figcaption')).toContainText('Alexis Ducastel');
  });

  test('toggles write the URL, hide rows and survive reload', async ({ page }) => {
    await page.goto('/benchmarks/');
    await page.getByLabel('Percent of bare metal').check();
    await page.getByLabel('Encryption (WireGuard, IPsec)').check();
    await expect(page).toHaveURL(/\?mode=percent&variants=encryption$/);
    const visible = await page
      .locator('#chart-tcp-1-pod-to-pod tbody tr:not([hidden])')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.group));
    expect(new Set(visible)).toEqual(new Set(['baseline', 'encryption']));
    await page.reload();
    await expect(page.getByLabel('Percent of bare metal')).toBeChecked();
    await expect(page.getByLabel('Encryption (WireGuard, IPsec)')).toBeChecked();
  });

  test('unknown toggle values are reported', async ({ page }) => {
    await page.goto('/benchmarks/?mode=log&variants=quantum');
    await expect(page.locator('[data-chart-notice]')).toContainText('mode "log"');
    await expect(page.locator('[data-chart-notice]')).toContainText('variant group "quantum"');
  });

  test('a source page shows methodology, setup, caveats and all results', async ({ page }) => {
    await page.goto('/benchmarks/infrabuilder-2020-10g/');
    await expect(page.locator('#methodology')).toBeVisible();
    await expect(page.getByText('10 s per test', { exact: false }).first()).toBeVisible();
    await expect(page.locator('#results ~ section').first()).toBeVisible();
  });

  test('pages without charts load no Chart.js', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    for (const path of ['/', '/matrix/', '/cni/cilium/', '/compare/calico-vs-cilium/', '/recommend/', '/articles/reading-cni-benchmarks/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(scripts.filter((s) => /chart/i.test(s))).toEqual([]);
  });

  test('CNI profiles and comparisons show figures from the collection', async ({ page }) => {
    await page.goto('/cni/cilium/');
    await expect(page.locator('#benchmarks ~ .table-scroll table').first()).toContainText('% of bare metal');
    await page.goto('/compare/calico-vs-cilium/');
    await expect(page.locator('#benchmarks')).toBeVisible();
  });
});

test.describe('/benchmarks/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every chart has its data table readable', async ({ page }) => {
    await page.goto('/benchmarks/');
    const figures = page.locator('figure[data-chart-figure]');
    expect(await figures.count()).toBeGreaterThanOrEqual(12);
    await page.locator('#chart-udp-8-pod-to-pod summary').click();
    await expect(page.locator('#chart-udp-8-pod-to-pod table')).toContainText('UDP loss');
  });
});
