import { test, expect } from '@playwright/test';
import { matrixJson } from './helpers.ts';

test.describe('/matrix/', () => {
  test('markup contract: a row per feature and a cell per CNI with its status', async ({ page }) => {
    const data = matrixJson();
    await page.goto('/matrix/');
    await expect(page.locator('tr[data-feature]')).toHaveCount(data.features.length);
    const row = page.locator('tr[data-feature="wireguard"]');
    await expect(row.locator('td[data-cni]')).toHaveCount(data.cnis.length);
    for (const c of data.cnis) await expect(row.locator(`td[data-cni="${c.id}"]`)).toHaveAttribute('data-status', data.support[c.id]!.wireguard!.status);
  });

  test('?cni=calico,cilium&diff=1 shows exactly the rows where the two differ in matrix.json', async ({ page }) => {
    const data = matrixJson();
    const expected = data.features.filter((f) => data.support.calico![f.id]!.status !== data.support.cilium![f.id]!.status).map((f) => f.id);
    await page.goto('/matrix/?cni=calico,cilium&diff=1');
    await expect(page.locator('[data-matrix-count]')).toHaveText(`Showing ${expected.length} of ${data.features.length} features for 2 of ${data.cnis.length} CNIs`);
    const visible = await page.locator('tr[data-feature]:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.feature));
    expect(visible).toEqual(expected);
    await expect(page.locator('thead th[data-cni="flannel"]')).toBeHidden();
    await expect(page.locator('thead th[data-cni="calico"]')).toBeVisible();
  });

  test('filters write the URL; reload, back and forward restore them', async ({ page }) => {
    await page.goto('/matrix/');
    await page.getByRole('checkbox', { name: 'Calico', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Encryption', exact: true }).check();
    await expect(page).toHaveURL(/\/matrix\/\?cni=calico&category=encryption$/);
    await page.getByLabel('Filter features by name or keyword').fill('wire');
    await expect(page).toHaveURL(/category=encryption&q=wire$/);
    await expect(page.locator('tr[data-feature]:not([hidden])')).toHaveCount(1);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Calico', exact: true })).toBeChecked();
    await expect(page.getByLabel('Filter features by name or keyword')).toHaveValue('wire');
    await expect(page.locator('tr[data-feature]:not([hidden])')).toHaveCount(1);
    await page.goBack();
    await expect(page).toHaveURL(/\?cni=calico$/);
    await expect(page.getByRole('checkbox', { name: 'Encryption', exact: true })).not.toBeChecked();
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: 'Encryption', exact: true })).toBeChecked();
  });

  test('keywords find features: "kube-proxy" and "encryption" synonyms', async ({ page }) => {
    await page.goto('/matrix/?q=hubble');
    const ids = await page.locator('tr[data-feature]:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.feature));
    expect(ids).toEqual(expect.arrayContaining(['flow-logs', 'flow-ui']));
  });

  test('only-supported filter keeps rows both chosen CNIs support', async ({ page }) => {
    const data = matrixJson();
    const ok = (s: string) => s === 'yes' || s === 'partial';
    const expected = data.features.filter((f) => ok(data.support.antrea![f.id]!.status) && ok(data.support.cilium![f.id]!.status)).length;
    await page.goto('/matrix/?cni=antrea,cilium&common=1');
    await expect(page.locator('tr[data-feature]:not([hidden])')).toHaveCount(expected);
  });

  test('unknown ids in the URL are ignored with a visible notice', async ({ page }) => {
    await page.goto('/matrix/?cni=calico,nosuchcni&category=bogus');
    await expect(page.locator('[data-matrix-notice]')).toBeVisible();
    await expect(page.locator('[data-matrix-notice]')).toContainText('unknown CNI id "nosuchcni"');
    await expect(page.locator('[data-matrix-notice]')).toContainText('unknown category id "bogus"');
    await expect(page.getByRole('checkbox', { name: 'Calico', exact: true })).toBeChecked();
  });

  test('a cell opens by keyboard and shows note, sources and verified date; its name says CNI and status', async ({ page }) => {
    const data = matrixJson();
    const status = data.support.cilium!['network-policy-port-range']!.status;
    await page.goto('/matrix/');
    const summary = page.locator('tr[data-feature="network-policy-port-range"] td[data-cni="cilium"] summary');
    await expect(summary).toContainText(`Cilium — `);
    await expect(summary).toContainText(status === 'yes' ? 'Yes' : status);
    await summary.focus();
    await page.keyboard.press('Enter');
    const facts = page.locator('tr[data-feature="network-policy-port-range"] td[data-cni="cilium"] .cell-facts');
    await expect(facts).toBeVisible();
    await expect(facts.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(facts).toContainText('Verified');
  });

  test('filtering stays under one frame at today\'s size', async ({ page }) => {
    await page.goto('/matrix/');
    const ms = await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[name="cni"][value="calico"]')!;
      const times: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        box.click();
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[5]!;
    });
    expect(ms).toBeLessThan(16);
  });
});

test.describe('/matrix/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the full table and cell details read without JS; the filter form stays hidden', async ({ page }) => {
    const data = matrixJson();
    await page.goto('/matrix/');
    await expect(page.locator('tr[data-feature]')).toHaveCount(data.features.length);
    await expect(page.locator('[data-matrix-filters]')).toBeHidden();
    await page.locator('tr[data-feature="bgp"] td[data-cni="calico"] summary').click();
    await expect(page.locator('tr[data-feature="bgp"] td[data-cni="calico"] .sources a').first()).toBeVisible();
  });
});

test.describe('/matrix/ by keyboard alone', () => {
  test('Tab reaches the filters, Space toggles a CNI, typing filters, and cell details open with Enter', async ({ page }) => {
    await page.goto('/matrix/');
    const calico = page.getByRole('checkbox', { name: 'Calico', exact: true });
    for (let i = 0; i < 40 && !(await calico.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(calico).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\?cni=calico$/);
    await page.getByLabel('Filter features by name or keyword').focus();
    await page.keyboard.type('maglev');
    await expect(page.locator('tr[data-feature]:not([hidden])')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('tr[data-feature]:not([hidden])')).toHaveCount(matrixJson().features.length);
  });
});
