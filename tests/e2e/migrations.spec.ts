/**
 * Migrations (issue 16): /migrate/ lists every path of /data/migrations.json; each path's "what you
 * gain and what you lose" equals what this test computes from /data/matrix.json on its own
 * (yes > partial > no; a change to or from unknown is unclear); pair pages and CNI profiles link the
 * paths. Read without JavaScript: these pages are static.
 */
import { test, expect } from '@playwright/test';
import { matrixJson, migrationsJson } from './helpers.ts';

test.use({ javaScriptEnabled: false });

const LEVEL: Record<string, number> = { no: 0, partial: 1, yes: 2 };

/** Features lost, gained and unclear moving from one CNI to another, in matrix order. */
function delta(from: string, to: string) {
  const { features, support } = matrixJson();
  const out = { losses: [] as string[], gains: [] as string[], unclear: [] as string[] };
  for (const f of features) {
    const a = support[from]![f.id]!.status;
    const b = support[to]![f.id]!.status;
    if (a === b) continue;
    if (a === 'unknown' || b === 'unknown') out.unclear.push(f.id);
    else if (LEVEL[b]! < LEVEL[a]!) out.losses.push(f.id);
    else out.gains.push(f.id);
  }
  return out;
}

test('/migrate/ lists every migration and links its page', async ({ page }) => {
  const { migrations } = migrationsJson();
  expect(migrations.length).toBeGreaterThan(0);
  await page.goto('/migrate/');
  const listed = await page
    .locator('li[data-migration]')
    .evaluateAll((items) => items.map((li) => ({ id: (li as HTMLElement).dataset.migration, href: li.querySelector('a')?.getAttribute('href') })));
  expect(listed.map((l) => l.id).sort()).toEqual(migrations.map((m) => m.id).sort());
  for (const l of listed) expect(l.href).toBe(`/migrate/${l.id}/`);
});

for (const m of migrationsJson().migrations) {
  test(`/migrate/${m.id}/ gains and losses equal the matrix`, async ({ page }) => {
    const { cnis } = matrixJson();
    const ids = new Set(cnis.map((c) => c.id));
    await page.goto(`/migrate/${m.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Migrate from');
    if (!ids.has(m.from) || !ids.has(m.to)) {
      // A legacy plugin (kubenet, OpenShift SDN) has no matrix column: the page says so instead of a list.
      await expect(page.locator('[data-delta]')).toHaveCount(0);
      await expect(page.locator('#gain-lose + p')).toContainText('not a CNI of the matrix');
      return;
    }
    const expected = delta(m.from, m.to);
    for (const kind of ['losses', 'gains', 'unclear'] as const) {
      const shown = await page.locator(`[data-delta="${kind}"] > li`).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.feature));
      expect(shown, `${m.id} ${kind}`).toEqual(expected[kind]);
    }
    await expect(page.locator('#losses')).toContainText(`(${expected.losses.length})`);
    await expect(page.locator('#gains')).toContainText(`(${expected.gains.length})`);
  });
}

test.describe('pair pages link the migration each way, or say there is none', () => {
  for (const a of matrixJson()
    .cnis.map((c) => c.id)
    .sort()) {
    test(`every pair with ${a} first`, async ({ page }) => {
      const { cnis } = matrixJson();
      const { migrations } = migrationsJson();
      const name = (id: string) => cnis.find((c) => c.id === id)!.name;
      for (const b of cnis
        .map((c) => c.id)
        .filter((id) => id > a)
        .sort()) {
        await page.goto(`/compare/${a}-vs-${b}/`);
        const items = page.locator('ul[data-migrations] > li');
        await expect(items).toHaveCount(2);
        for (const [from, to] of [
          [a, b],
          [b, a],
        ] as const) {
          const item = items.filter({ hasText: `${name(from)} → ${name(to)}` });
          await expect(item, `${from} → ${to}`).toHaveCount(1);
          const m = migrations.find((x) => x.from === from && x.to === to);
          if (m) await expect(item.locator('a'), `${from} → ${to}`).toHaveAttribute('href', `/migrate/${m.id}/`);
          else {
            await expect(item, `${from} → ${to}`).toContainText('no documented path');
            await expect(item.locator('a')).toHaveCount(0);
          }
        }
      }
    });
  }
});

test('CNI profiles list "migrating away" and "migrating here"', async ({ page }) => {
  const { migrations } = migrationsJson();
  for (const c of matrixJson().cnis) {
    await page.goto(`/cni/${c.id}/`);
    for (const [heading, paths] of [
      ['#migrating-away', migrations.filter((m) => m.from === c.id)],
      ['#migrating-here', migrations.filter((m) => m.to === c.id)],
    ] as const) {
      const links = page.locator(`${heading} + ul > li > a`);
      if (paths.length === 0) {
        await expect(page.locator(heading), `${c.id} ${heading}`).toHaveCount(0);
        continue;
      }
      expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort(), `${c.id} ${heading}`).toEqual(
        paths.map((m) => `/migrate/${m.id}/`).sort(),
      );
    }
  }
});
