/**
 * Screenshot tests: the first screen of each page type in light and dark at desktop width, and in
 * light at 360 px, compared with the baselines in visual.spec.ts-snapshots/ (a small tolerance for
 * anti-aliasing). Dates are masked, so a data refresh alone does not fail them; a change of content
 * or layout does, and is accepted with `npm run test:visual:update` after looking at the diff
 * (test-results/ holds expected, actual and diff images).
 *
 * Runs as the Playwright project "visual" (`npm run test:visual`); baselines are per platform, taken
 * with the system Chromium on the project's machines.
 */
import { test, expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './helpers.ts';

const PAGES: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'matrix', path: '/matrix/' },
  { name: 'matrix-filtered', path: '/matrix/?cni=calico,cilium&diff=1' },
  { name: 'feature', path: '/features/wireguard/' },
  { name: 'cni', path: '/cni/cilium/' },
  { name: 'pair', path: '/compare/calico-vs-cilium/' },
  { name: 'recommend', path: '/recommend/' },
  { name: 'scenario', path: '/recommend/regulated-environment/' },
  { name: 'benchmarks', path: '/benchmarks/' },
  { name: 'article', path: '/articles/how-cilium-works/' },
  { name: 'methodology', path: '/about/methodology/' },
  { name: 'platform', path: '/platforms/eks/' },
  { name: 'migration', path: '/migrate/' },
];
const built = (path: string) => existsSync(join(DIST, path, 'index.html'));

const VIEWS = [
  { name: 'light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' as const },
  { name: 'dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' as const },
  { name: '360', viewport: { width: 360, height: 740 }, colorScheme: 'light' as const },
];

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Charts draw when they near the viewport; give them their frame, then stop animations.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

for (const view of VIEWS) {
  test.describe(`${view.name}`, () => {
    test.use({ viewport: view.viewport, colorScheme: view.colorScheme });
    for (const p of PAGES) {
      test(`${p.name} (${p.path})`, async ({ page }) => {
        test.skip(!built(p.path.split('?')[0]!), `${p.path} is not built`);
        await page.goto(p.path);
        await settle(page);
        await expect(page).toHaveScreenshot(`${p.name}-${view.name}.png`, {
          // Dates change with every data refresh; the layout around them is what is tested.
          mask: [page.locator('time')],
          maxDiffPixelRatio: 0.01,
          threshold: 0.2,
          animations: 'disabled',
        });
      });
    }
  });
}

test('a social card is a 1200 × 630 PNG that states the answer', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 630 });
  await page.goto('/og/compare/calico-vs-cilium.png');
  await expect(page).toHaveScreenshot('og-pair.png', { maxDiffPixelRatio: 0.01, threshold: 0.2, mask: [] });
});

test('a badge reads in light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/badge/cilium/wireguard.svg');
    await expect(page.locator('svg')).toHaveScreenshot(`badge-${scheme}.png`, { maxDiffPixelRatio: 0.02, threshold: 0.2 });
  }
});
