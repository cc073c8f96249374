/**
 * Platforms (issue 14): the platform × CNI grid, each platform's page, the matrix filtered to the CNIs
 * usable on a platform, and recommendations for a platform. Every expectation comes from the built
 * /data/platforms.json and /data/matrix.json.
 */
import { test, expect, type Page } from '@playwright/test';
import { matrixJson, platformsJson } from './helpers.ts';

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
/** CNI ids of the matrix columns a reader can see, in order. */
const shownColumns = (page: Page) =>
  page
    .locator('thead th[data-cni]')
    .evaluateAll((ths) =>
      ths.filter((th) => (th as HTMLElement).offsetWidth > 0 && !(th as HTMLElement).closest('[hidden]')).map((th) => (th as HTMLElement).dataset.cni),
    );

test.describe('/platforms/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the grid has one row per platform and a stance cell per CNI, with a text label', async ({ page }) => {
    const { platforms } = platformsJson();
    const { cnis } = matrixJson();
    await page.goto('/platforms/');
    await expect(page.locator('table tr[data-platform]')).toHaveCount(platforms.length);
    const columns = await page.locator('table thead th a[href^="/cni/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(columns).toEqual(cnis.map((c) => `/cni/${c.id}/`));
    for (const p of platforms) {
      const row = page.locator(`table tr[data-platform="${p.id}"]`);
      await expect(row.locator('th a')).toHaveAttribute('href', `/platforms/${p.id}/`);
      const cells = await row
        .locator('td[data-cni]')
        .evaluateAll((tds) =>
          tds.map((td) => ({ cni: (td as HTMLElement).dataset.cni, stance: (td as HTMLElement).dataset.stance, text: (td as HTMLElement).innerText })),
        );
      expect(
        cells.map((c) => c.cni),
        p.id,
      ).toEqual(cnis.map((c) => c.id));
      for (const cell of cells) {
        expect(cell.stance, `${p.id} × ${cell.cni}`).toBe(p.stances[cell.cni!]!.stance);
        // Never colour alone: the stance is written out in the cell.
        expect(cell.text, `${p.id} × ${cell.cni}`).toContain(capital(cell.stance!));
      }
    }
  });

  test('the header navigation links the platforms', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Platforms' })).toHaveAttribute('href', '/platforms/');
  });
});

test.describe('each platform page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const p of platformsJson().platforms) {
    test(`/platforms/${p.id}/: default, whether the CNI can change, every CNI's stance and the filtered matrix link`, async ({ page }) => {
      const { cnis } = matrixJson();
      await page.goto(`/platforms/${p.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
      const defaults = page.locator('#default + ul > li');
      await expect(defaults).toHaveCount(p.defaults.length);
      for (const [i, d] of p.defaults.entries()) {
        await expect(defaults.nth(i).locator(`a[href="/cni/${d.cni}/"]`)).toHaveCount(1);
        if (d.when) await expect(defaults.nth(i)).toContainText(d.when);
      }
      const change = page.locator('#change + p');
      await expect(change).toContainText(p.cniChange.note.slice(0, 60));
      await expect(change.locator('strong')).toHaveText(/\S/);
      const rows = page.locator('tr[data-cni][data-stance]');
      await expect(rows).toHaveCount(cnis.length);
      for (const c of cnis) {
        const row = page.locator(`tr[data-cni="${c.id}"]`);
        await expect(row, `${p.id} × ${c.id}`).toHaveAttribute('data-stance', p.stances[c.id]!.stance);
        await expect(row).toContainText(capital(p.stances[c.id]!.stance));
        await expect(row).toContainText(p.stances[c.id]!.note.slice(0, 60));
        await expect(row.locator('.sources a, a[href^="https://"]').first()).toHaveAttribute('href', /^https:\/\//);
      }
      const usable = cnis.filter((c) => p.stances[c.id]!.stance !== 'unavailable');
      await expect(page.locator(`a[href="/matrix/?platform=${p.id}"]`)).toContainText(`${usable.length} CNIs`);
    });
  }
});

test.describe('/matrix/?platform=<id>', () => {
  for (const p of platformsJson().platforms) {
    test(`${p.id}: only the CNIs usable there are shown`, async ({ page }) => {
      const { cnis, features } = matrixJson();
      const usable = cnis.filter((c) => p.stances[c.id]!.stance !== 'unavailable').map((c) => c.id);
      await page.goto(`/matrix/?platform=${p.id}`);
      await expect(page.locator('[data-matrix-count]')).toContainText(`for ${usable.length} of ${cnis.length} CNIs`);
      expect(await shownColumns(page)).toEqual(usable);
      const firstRow = page.locator(`tr[data-feature="${features[0]!.id}"]`);
      const cells = await firstRow
        .locator('td[data-cni]')
        .evaluateAll((tds) => tds.filter((td) => (td as HTMLElement).offsetWidth > 0).map((td) => (td as HTMLElement).dataset.cni));
      expect(cells).toEqual(usable);
      await expect(page.locator('[data-matrix-notice]')).toBeHidden();
    });
  }

  test('an unknown platform id is ignored with a visible notice and every CNI stays', async ({ page }) => {
    const { cnis } = matrixJson();
    await page.goto('/matrix/?platform=no-such-cloud');
    const notice = page.locator('[data-matrix-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('"no-such-cloud"');
    await expect(notice).toContainText(/platform/);
    expect(await shownColumns(page)).toEqual(cnis.map((c) => c.id));
  });
});

test.describe('/recommend/ for a platform', () => {
  /** A platform, a CNI it rules out that is maintained, and a feature that CNI fully supports. */
  function unavailableCase() {
    const { cnis, support } = matrixJson();
    for (const p of platformsJson().platforms) {
      for (const c of cnis) {
        if (c.maintenance === 'archived' || p.stances[c.id]!.stance !== 'unavailable') continue;
        const feature = Object.keys(support[c.id]!).find(
          (f) =>
            support[c.id]![f]!.status === 'yes' &&
            cnis.some((o) => o.maintenance !== 'archived' && p.stances[o.id]!.stance !== 'unavailable' && support[o.id]![f]!.status === 'yes'),
        );
        if (feature) return { platform: p, cni: c, feature };
      }
    }
    return undefined;
  }

  test('a CNI unavailable on the platform is excluded with the reason, and every ranked CNI carries its stance first', async ({ page }) => {
    const found = unavailableCase();
    test.skip(!found, 'no platform rules out a maintained CNI');
    const { platform, cni, feature } = found!;
    const { cnis } = matrixJson();
    await page.goto(`/recommend/?platform=${platform.id}&must=${feature}`);
    await expect(page.locator('select[name="platform"]')).toHaveValue(platform.id);
    const excluded = page.locator(`[data-excluded] > li[data-cni="${cni.id}"]`);
    await expect(excluded).toHaveAttribute('data-excluded-kind', 'platform');
    await expect(excluded).toContainText(`unavailable on ${platform.name}`);
    await expect(excluded).toContainText(platform.stances[cni.id]!.note.split(/(?<=\.)\s/)[0]!.slice(0, 40));
    const ranked = page.locator('[data-ranking] > li');
    await expect(ranked.first()).toBeVisible();
    const ids = await ranked.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.cni!));
    expect(ids).not.toContain(cni.id);
    for (const id of ids) {
      expect(platform.stances[id]!.stance, id).not.toBe('unavailable');
      const name = cnis.find((c) => c.id === id)!.name;
      await expect(page.locator(`[data-ranking] > li[data-cni="${id}"] .caveats > li`).first()).toHaveText(
        new RegExp(`^On ${platform.name.replace(/[().]/g, '\\$&')}, ${name.replace(/[().]/g, '\\$&')} `),
      );
    }
  });

  test('choosing "my own infrastructure" brings every maintained CNI back', async ({ page }) => {
    const found = unavailableCase();
    test.skip(!found, 'no platform rules out a maintained CNI');
    const { platform, cni, feature } = found!;
    await page.goto(`/recommend/?platform=${platform.id}&must=${feature}`);
    await expect(page.locator(`[data-excluded] > li[data-cni="${cni.id}"]`)).toHaveAttribute('data-excluded-kind', 'platform');
    await page.locator('select[name="platform"]').selectOption('own');
    await expect(page).toHaveURL(new RegExp(`\\?must=${feature}$`));
    await expect(page.locator(`[data-ranking] > li[data-cni="${cni.id}"]`)).toBeVisible();
    await expect(page.locator('[data-excluded-kind="platform"]')).toHaveCount(0);
  });
});

test.describe('CNI profiles say where each plugin runs', () => {
  test.use({ javaScriptEnabled: false });
  test('every platform where a CNI is default, bundled, supported or partner-supported links from its profile', async ({ page }) => {
    const { platforms } = platformsJson();
    for (const c of matrixJson().cnis) {
      const expected = platforms
        .filter((p) => ['default', 'bundled', 'supported', 'partner'].includes(p.stances[c.id]!.stance))
        .map((p) => `/platforms/${p.id}/#cni-${c.id}`);
      await page.goto(`/cni/${c.id}/`);
      const links = await page.locator('#platforms ~ ul.platform-stances a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of expected) expect(links, c.id).toContain(href);
    }
  });
});
