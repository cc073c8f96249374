import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './helpers.ts';

/** axe (WCAG 2.2 A and AA) on every URL of the sitemap, plus pages kept out of it. */
const paths = [...new Set([...sitemapPaths(), '/search/', '/404.html', '/matrix/?cni=calico,cilium&diff=1', '/recommend/?must=windows-nodes&want=wireguard'])];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the sitemap lists the main page types', () => {
  for (const p of [
    '/',
    '/matrix/',
    '/features/bgp/',
    '/cni/cilium/',
    '/compare/calico-vs-cilium/',
    '/recommend/',
    '/benchmarks/',
    '/claims/',
    '/about/methodology/',
    '/data/',
  ])
    expect(paths).toContain(p);
  expect(paths).not.toContain('/compare/cilium-vs-calico/');
});

for (const path of paths) {
  test(`axe: ${path}`, async ({ page }) => {
    // The largest pages (a benchmark source's full results) take axe well over 30 s on a busy 2-core machine.
    test.setTimeout(120_000);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('\n    ')}`,
    );
    expect(summary, summary.join('\n')).toEqual([]);
  });
}
