import { test, expect, type Page } from '@playwright/test';
import { matrixJson, sitemapPaths } from './helpers.ts';

const ranking = (page: Page) => page.locator('[data-ranking] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.cni));

test.describe('/recommend/', () => {
  test('answering updates the URL and the ranking, citing the matrix cells', async ({ page }) => {
    const data = matrixJson();
    await page.goto('/recommend/');
    await page.locator('fieldset[data-question="windows"]').getByLabel('Must have').check();
    await expect(page).toHaveURL(/\?must=windows-nodes$/);
    const ranked = await ranking(page);
    expect(ranked.length).toBeGreaterThan(0);
    for (const id of ranked) expect(['yes', 'partial']).toContain(data.support[id!]!['windows-nodes']!.status);
    const first = page.locator('[data-ranking] > li').first();
    await first.getByText(/Evidence from the matrix/).click();
    await expect(first.locator('li[data-feature="windows-nodes"] .evidence__sources a').first()).toHaveAttribute('href', /^https:\/\//);
    const excluded = await page.locator('[data-excluded] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.cni));
    expect(excluded).toContain('weave-net');
    const without = data.cnis.find((c) => c.maintenance !== 'archived' && data.support[c.id]!['windows-nodes']!.status === 'no')!;
    await expect(page.locator(`[data-excluded] > li[data-cni="${without.id}"]`)).toContainText('Windows nodes: no');
  });

  test('loading a URL restores the answers and the result; back restores the previous answer', async ({ page }) => {
    await page.goto('/recommend/?must=windows-nodes,bgp&want=wireguard&commercial=1');
    await expect(page.locator('fieldset[data-question="windows"]').getByLabel('Must have')).toBeChecked();
    await expect(page.locator('fieldset[data-question="bgp"]').getByLabel('Must have')).toBeChecked();
    await expect(page.getByLabel(/Paid editions are acceptable/)).toBeChecked();
    await expect(page.locator('[data-recommend-extra]')).toContainText('WireGuard encryption (want)');
    const before = await ranking(page);
    await page.locator('fieldset[data-question="bgp"]').getByLabel('Not needed').check();
    await expect(page).toHaveURL(/must=windows-nodes&want=wireguard&commercial=1$/);
    await page.goBack();
    await expect(page.locator('fieldset[data-question="bgp"]').getByLabel('Must have')).toBeChecked();
    expect(await ranking(page)).toEqual(before);
  });

  test('unknown ids and values are ignored with a visible notice', async ({ page }) => {
    await page.goto('/recommend/?must=bgp,warp-drive&commercial=maybe&utm_source=x');
    const notice = page.locator('[data-recommend-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('unknown feature id "warp-drive" in must');
    await expect(notice).toContainText('value "maybe" for commercial');
    await expect(page.locator('fieldset[data-question="bgp"]').getByLabel('Must have')).toBeChecked();
  });

  test('an archived project is never in the ranking', async ({ page }) => {
    await page.goto('/recommend/?want=network-policy');
    expect(await ranking(page)).not.toContain('weave-net');
    await expect(page.locator('[data-excluded] > li[data-cni="weave-net"]')).toContainText('never recommended');
  });

  test('the decision record follows the answers', async ({ page }) => {
    await page.goto('/recommend/?must=dual-stack');
    await page.getByText('Decision record (Markdown)').click();
    await expect(page.locator('[data-record-text]')).toContainText('- Must: Dual-stack IPv4/IPv6');
    await expect(page.locator('[data-record-text]')).toContainText('## Decision');
  });
});

test.describe('scenario pages', () => {
  test('a scenario page and the interactive page agree for the same requirements', async ({ page }) => {
    const scenarios = sitemapPaths().filter((p) => /^\/recommend\/[^/]+\/$/.test(p));
    expect(scenarios.length).toBeGreaterThan(0);
    for (const id of scenarios) {
      await page.goto(id);
      const staticOrder = await ranking(page);
      const adjust = await page.getByRole('link', { name: 'Adjust these requirements' }).getAttribute('href');
      await page.goto(adjust!);
      await expect(page.locator('[data-ranking] > li').first()).toBeVisible();
      expect(await ranking(page), id).toEqual(staticOrder);
    }
  });

  test('the recommend page links every scenario', async ({ page }) => {
    await page.goto('/recommend/');
    const scenarios = sitemapPaths().filter((p) => /^\/recommend\/[^/]+\/$/.test(p));
    expect(scenarios.length).toBeGreaterThan(0);
    const linked = await page.locator('#scenarios ~ ul a[href^="/recommend/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...linked].sort()).toEqual([...scenarios].sort());
  });
});

test.describe('scenario pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the ranking, reasons, exclusions and decision record read without JS', async ({ page }) => {
    await page.goto('/recommend/hybrid-bgp-datacentre/');
    expect((await ranking(page)).length).toBeGreaterThan(0);
    await expect(page.locator('[data-recommend-summary]')).toContainText('Top pick');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /first/);
    await expect(page.locator('[data-excluded]')).toBeVisible();
    await expect(page.locator('[data-recommend-tools]')).toBeHidden();
  });
});

test.describe('/recommend/ by keyboard alone', () => {
  test('arrow keys change an answer, which updates the URL and the ranking', async ({ page }) => {
    await page.goto('/recommend/');
    const none = page.locator('fieldset[data-question="bgp"]').getByLabel('Not needed');
    await none.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('fieldset[data-question="bgp"]').getByLabel('Must have')).toBeChecked();
    await expect(page).toHaveURL(/\?must=bgp$/);
    await expect(page.locator('[data-ranking] > li').first()).toBeVisible();
  });
});
