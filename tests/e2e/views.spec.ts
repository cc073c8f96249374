/**
 * Page data a reader relies on (issue 12): the matrix free-text filter narrows to the matching rows,
 * a benchmark source page shows its caveats and every results table, and each CNI profile's benchmark
 * highlights are filled. Expectations come from the content and the built downloads.
 */
import { test, expect } from '@playwright/test';
import { benchmarksJson, matrixJson } from './helpers.ts';
import { realDataset } from '../support/dataset.ts';

const visibleRows = (page: import('@playwright/test').Page) =>
  page.locator('tr[data-feature]:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.feature));

test.describe('the matrix free-text filter', () => {
  /** Features whose name, id or keywords contain every term, in matrix order. */
  const matching = (query: string): string[] => {
    const ds = realDataset();
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    return ds.features.filter((f) => terms.every((t) => [f.name, f.id, ...f.keywords].join(' ').toLowerCase().includes(t))).map((f) => f.id);
  };

  for (const query of ['wire', 'encryption', 'policy dns', 'kube-proxy']) {
    test(`typing "${query}" shows exactly the features whose name, id or keywords match`, async ({ page }) => {
      const all = matrixJson().features.length;
      const expected = matching(query);
      expect(expected.length, 'the query matches something').toBeGreaterThan(0);
      expect(expected.length, 'the query narrows the matrix').toBeLessThan(all);
      await page.goto('/matrix/');
      await expect(page.locator('tr[data-feature]:not([hidden])')).toHaveCount(all);
      await page.getByLabel('Filter features by name or keyword').fill(query);
      await expect(page.locator('tr[data-feature]:not([hidden])')).toHaveCount(expected.length);
      expect(await visibleRows(page)).toEqual(expected);
      await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query).replace(/%20/g, '(%20|\\+)')}$`));
      await expect(page.locator('[data-matrix-count]')).toContainText(`Showing ${expected.length} of ${all} features`);
    });
  }

  test('a query that matches nothing empties the table and clearing brings every row back', async ({ page }) => {
    const all = matrixJson().features.length;
    await page.goto('/matrix/?q=zzzz-no-such-feature');
    await expect(page.locator('tr[data-feature]:not([hidden])')).toHaveCount(0);
    await page.getByLabel('Filter features by name or keyword').fill('');
    await expect(page.locator('tr[data-feature]:not([hidden])')).toHaveCount(all);
  });
});

test.describe('a benchmark source page', () => {
  const data = benchmarksJson();
  for (const source of data.sources) {
    test(`${source.id}: every caveat and one results table per test, each row a configuration with results`, async ({ page }) => {
      const results = data.results.filter((r) => r.source === source.id);
      const tests = [...new Set(results.map((r) => r.test))];
      await page.goto(`/benchmarks/${source.id}/`);
      const caveats = page.locator('#caveats + ul > li');
      await expect(caveats).toHaveCount(source.caveats.length);
      for (const [i, c] of source.caveats.entries()) await expect(caveats.nth(i)).toHaveText(c);
      const sections = page.locator('section[aria-labelledby^="results-"]');
      await expect(sections).toHaveCount(tests.length);
      for (const t of tests) {
        const table = page.locator(`section[aria-labelledby="results-${t}"] table`);
        await expect(table).toHaveCount(1);
        const configs = new Set(results.filter((r) => r.test === t).map((r) => r.config));
        await expect(table.locator('tbody tr'), t).toHaveCount(configs.size);
      }
    });
  }
});

test.describe('CNI profile benchmark highlights', () => {
  test('every CNI with TCP pod-to-pod throughput in the primary source shows those figures', async ({ page }) => {
    const data = benchmarksJson();
    const primary = new Set(data.sources.filter((s) => s.primary).map((s) => s.id));
    const rows = data.results.filter((r) => primary.has(r.source) && r.metric === 'throughput' && /^tcp-\d+-pod-to-pod$/.test(r.test));
    const cnis = matrixJson().cnis.filter((c) => rows.some((r) => r.cni === c.id));
    expect(cnis.length).toBeGreaterThan(0);
    for (const c of cnis) {
      const expected = rows.filter((r) => r.cni === c.id);
      await page.goto(`/cni/${c.id}/`);
      const table = page.locator('#benchmarks ~ .table-scroll table').first();
      await expect(table.locator('tbody tr'), c.id).toHaveCount(expected.length);
      await expect(table).toContainText('% of bare metal');
    }
  });
});
