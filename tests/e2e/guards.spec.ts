import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import { firstLoad, watch } from './helpers.ts';

/**
 * Each quality gate shown failing once, on a fixture broken on purpose (served by route
 * interception under /__fixture__/, never part of the site): proof the gates can fail.
 */
test.describe('the gates catch what they guard against', () => {
  test('axe reports a contrast failure and an image without alt text', async ({ page }) => {
    await page.route('**/__fixture__/a11y/', (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>x</title><main><p style="color:#bbb;background:#fff">faint text</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>',
      }),
    );
    await page.goto('/__fixture__/a11y/');
    const ids = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations.map((v) => v.id).sort();
    expect(ids).toEqual(['color-contrast', 'image-alt']);
  });

  test('the request watcher sees a request to another origin', async ({ page, baseURL }) => {
    await page.route('https://cdn.example.com/**', (r) => r.fulfill({ contentType: 'text/css', body: '' }));
    await page.route('**/__fixture__/foreign/', (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>x</title><link rel="stylesheet" href="https://cdn.example.com/font.css"></html>',
      }),
    );
    const seen = watch(page, baseURL!);
    await page.goto('/__fixture__/foreign/');
    await page.waitForLoadState('networkidle');
    expect(seen.foreign).toEqual(['https://cdn.example.com/font.css']);
  });

  test('the budget measure counts a heavy script against the page', async ({ page, baseURL }) => {
    const heavy = randomBytes(40 * 1024).toString('base64');
    await page.route('**/__fixture__/heavy.js', (r) => r.fulfill({ contentType: 'text/javascript', body: `window.x=${JSON.stringify(heavy)};` }));
    await page.route('**/__fixture__/heavy/', (r) =>
      r.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>x</title><script src="/__fixture__/heavy.js"></script></html>' }),
    );
    const { total, js } = await firstLoad(page, '/__fixture__/heavy/', baseURL!);
    expect(js).toBeGreaterThan(30 * 1024);
    expect(total).toBeGreaterThan(js);
  });
});
