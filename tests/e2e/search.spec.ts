import { test, expect, type Page } from '@playwright/test';
import { matrixJson, migrationsJson } from './helpers.ts';

async function firstResult(page: Page, query: string): Promise<string> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  // Wait until the UI reports results for this exact query, so an earlier partial result is never read.
  await expect(page.locator('.pagefind-ui__message')).toContainText(`for ${query}`, { timeout: 10_000 });
  const link = page.locator('.pagefind-ui__result-link').first();
  await expect(link).toBeVisible({ timeout: 10_000 });
  return new URL((await link.getAttribute('href'))!, 'http://x').pathname;
}

test.describe('search', () => {
  const expectations: [string, RegExp][] = [
    ['wireguard', /^\/features\/wireguard\/$/],
    ['port range', /^\/features\/network-policy-port-range\/$/],
    ['endport', /^\/features\/network-policy-port-range\/$/],
    ['hubble', /^\/features\/(flow-logs|flow-ui)\/$/],
    ['kube-proxy', /^\/features\/kube-proxy-replacement\/$/],
    ['windows', /^\/features\/windows-nodes\/$/],
    ['fqdn', /^\/features\/dns-policy\/$/],
    ['cilium', /^\/cni\/cilium\/$/],
    ['kube-router', /^\/cni\/kube-router\/$/],
    ['calico vs cilium', /^\/compare\/calico-vs-cilium\/$/],
    ['ipsec', /^\/features\/ipsec\/$/],
    ['antrea', /^\/cni\/antrea\/$/],
    ['bgp', /^\/features\/bgp\/$/],
    ['maglev', /^\/features\/maglev\/$/],
    // Platforms (issue 14): a platform's name or id finds its page; a managed plugin's name finds its profile.
    ['eks', /^\/platforms\/eks\/$/],
    ['aks', /^\/platforms\/aks\/$/],
    ['gke', /^\/platforms\/gke\/$/],
    ['openshift', /^\/platforms\/openshift\/$/],
    ['rke2', /^\/platforms\/rke2\/$/],
    ['k3s', /^\/platforms\/k3s\/$/],
    ['vpc cni', /^\/cni\/aws-vpc-cni\/$/],
    ['azure cni', /^\/cni\/azure-cni\/$/],
    ['dataplane v2', /^\/cni\/gke-dataplane-v2\/$/],
    // Migrations (issue 16): "migrate <from> to <to>" finds that path first.
    ['migrate calico to cilium', /^\/migrate\/calico-to-cilium\/$/],
  ];
  for (const [query, expected] of expectations) {
    test(`"${query}" finds ${expected.source} first`, async ({ page }) => {
      expect(await firstResult(page, query)).toMatch(expected);
    });
  }

  // Every documented path, by the names a reader types (issue 16: "and the other paths").
  const { migrations, legacyPlugins } = migrationsJson();
  const nameOf = (id: string) => matrixJson().cnis.find((c) => c.id === id)?.name ?? legacyPlugins.find((l) => l.id === id)?.name ?? id;
  for (const m of migrations) {
    const query = `migrate ${nameOf(m.from)} to ${nameOf(m.to)}`.toLowerCase();
    test(`"${query}" finds /migrate/${m.id}/ first`, async ({ page }) => {
      expect(await firstResult(page, query)).toBe(`/migrate/${m.id}/`);
    });
  }

  test('the type facet narrows results and is kept in the URL', async ({ page }) => {
    await page.goto('/search/?q=encryption&type=article');
    await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 10_000 });
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const h of hrefs) expect(h).toMatch(/\/articles\//);
    await page.locator('.pagefind-ui__search-input').fill('wireguard');
    await expect(page).toHaveURL(/q=wireguard/);
    await expect(page.locator('.pagefind-ui__result').first().locator('[data-pagefind-ui-meta="type"]')).toHaveText(/Type: Article/);
    await expect(page.locator('[data-search-announce]')).toHaveText(/results? for wireguard/);
    await expect(page).toHaveURL(/type=article/);
  });

  test('the header dialog opens with Ctrl+K, searches, closes with Escape and returns focus', async ({ page }) => {
    await page.goto('/features/');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the site' });
    await expect(dialog).toBeVisible();
    const input = dialog.locator('.pagefind-ui__search-input');
    await expect(input).toBeFocused();
    await input.fill('maglev');
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\/features\/maglev\//);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('[data-search-open]')).toBeFocused();
  });

  test('no page loads search code on first load', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (/pagefind/.test(r.url())) loaded.push(r.url());
    });
    for (const path of ['/', '/matrix/', '/features/bgp/', '/cni/calico/', '/compare/calico-vs-cilium/', '/benchmarks/', '/recommend/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(loaded).toEqual([]);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('says it needs JavaScript and links the indexes', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'feature index' })).toHaveAttribute('href', '/features/');
  });
});
