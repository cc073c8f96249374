import { test, expect } from '@playwright/test';
import { matrixJson, platformsJson } from './helpers.ts';

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
    await expect(page.locator('[data-matrix-count]')).toHaveText(
      `Showing ${expected.length} of ${data.features.length} features for 2 of ${data.cnis.length} CNIs`,
    );
    const visible = await page.locator('tr[data-feature]:not([hidden])').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.feature));
    expect(visible).toEqual(expected);
    await expect(page.locator('thead th[data-cni="flannel"]')).toBeHidden();
    await expect(page.locator('thead th[data-cni="calico"]')).toBeVisible();
  });

  test('filters write the URL; reload, back and forward restore them', async ({ page }) => {
    await page.goto('/matrix/');
    // The panel is closed so the table is on the first screen; the bar's Filters button opens it.
    await expect(page.getByRole('checkbox', { name: 'Calico', exact: true })).toBeHidden();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(page.getByRole('button', { name: /^Filters/ })).toHaveAttribute('aria-expanded', 'true');
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
    await page.goto('/matrix/?cni=calico,nosuchcni&category=bogus&platform=nosuchplatform');
    await expect(page.locator('[data-matrix-notice]')).toBeVisible();
    await expect(page.locator('[data-matrix-notice]')).toContainText('unknown CNI id "nosuchcni"');
    await expect(page.locator('[data-matrix-notice]')).toContainText('unknown category id "bogus"');
    await expect(page.locator('[data-matrix-notice]')).toContainText('unknown platform id "nosuchplatform"');
    // A link with filters opens the panel, so what it chose is visible.
    await expect(page.getByRole('checkbox', { name: 'Calico', exact: true })).toBeChecked();
  });

  test('?platform=<id> shows only the CNIs whose stance there is not "unavailable", per platforms.json', async ({ page }) => {
    const data = matrixJson();
    const platform = platformsJson().platforms.find((p) => Object.values(p.stances).some((s) => s.stance === 'unavailable'));
    test.skip(!platform, 'no platform rules out a CNI in the data');
    const usable = data.cnis.filter((c) => platform!.stances[c.id] && platform!.stances[c.id]!.stance !== 'unavailable').map((c) => c.id);
    await page.goto(`/matrix/?platform=${platform!.id}`);
    const shown = await page
      .locator('thead th[data-cni]')
      .evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).offsetWidth > 0).map((th) => (th as HTMLElement).dataset.cni));
    expect(shown).toEqual(usable);
    await expect(page.locator('[data-matrix-count]')).toContainText(`for ${usable.length} of ${data.cnis.length} CNIs on ${platform!.name}`);
    await expect(page.getByRole('combobox', { name: 'Where it runs' })).toHaveValue(platform!.id);
    await expect(page.locator('[data-matrix-notice]')).toBeHidden();
  });

  test('each cell is glyph + word + qualifiers and links to that CNI on the feature page; focus shows a preview', async ({ page }) => {
    const data = matrixJson();
    const status = data.support.cilium!['network-policy-port-range']!.status;
    const label = { yes: 'Yes', partial: 'Partial', no: 'No', unknown: 'Unknown' }[status]!;
    await page.goto('/matrix/');
    const link = page.locator('tr[data-feature="network-policy-port-range"] td[data-cni="cilium"] a');
    await expect(link).toHaveAttribute('href', '/features/network-policy-port-range/#cni-cilium');
    await expect(link).toContainText(label);
    // Its name says the status first (what it shows), then whose it is.
    await expect(link).toHaveAccessibleName(new RegExp(`^${label}\\b.* — Cilium$`));
    await link.focus();
    const preview = page.getByRole('tooltip');
    await expect(preview).toBeVisible();
    await expect(preview).toContainText('Cilium · ');
    await expect(preview).toContainText(/verified \d{1,2} \w+ \d{4}/);
    await expect(link).toHaveAttribute('aria-describedby', 'cell-preview');
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/features\/network-policy-port-range\/#cni-cilium$/);
    const row = page.locator('#cni-cilium');
    await expect(row).toHaveAttribute('data-status', status);
    await expect(row).toContainText('Verified');
  });

  test('no cell carries its own disclosure: the page stays small', async ({ page }) => {
    await page.goto('/matrix/');
    await expect(page.locator('table.matrix details')).toHaveCount(0);
  });
});

test.describe('/matrix/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the full table reads without JS, each cell one link from its sources; the filter form stays hidden', async ({ page }) => {
    const data = matrixJson();
    await page.goto('/matrix/');
    await expect(page.locator('tr[data-feature]')).toHaveCount(data.features.length);
    await expect(page.locator('[data-matrix-filters]')).toBeHidden();
    await page.locator('tr[data-feature="bgp"] td[data-cni="calico"] a').click();
    await expect(page).toHaveURL(/\/features\/bgp\/#cni-calico$/);
    await expect(page.locator('#cni-calico .sources a').first()).toBeVisible();
  });
});

test.describe('/matrix/ by keyboard alone', () => {
  test('Tab reaches the filters, Enter opens the panel, Space toggles a CNI, typing filters, Clear restores', async ({ page }) => {
    await page.goto('/matrix/');
    const toggle = page.getByRole('button', { name: /^Filters/ });
    for (let i = 0; i < 40 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
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
