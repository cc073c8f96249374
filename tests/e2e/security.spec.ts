/**
 * Served as a host serves it, and hostile links (issue 13):
 * - every page type loaded with its Content-Security-Policy sent as an HTTP header (the static server
 *   of scripts/support/static-server.ts, started here on a free port) raises no `securitypolicyviolation`,
 *   and a saved theme still applies;
 * - `npm start` sends the headers of public/_headers and redirects paths without their trailing slash;
 * - "Ignored from the link" notices stay short and drop bidirectional controls, however long the link;
 * - /recommend/ without JavaScript does not contradict its link and leads to an answer;
 * - the decision record copied from /recommend/ never carries text from a crafted link;
 * - the reversed pair page names its target in canonical order.
 */
import { test, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, parseHeadersFile } from '../../scripts/support/static-server.ts';
import { DIST, matrixJson, sitemapPaths } from './helpers.ts';

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** One URL per page type: the first sitemap URL of each route shape, plus pages the sitemap leaves out. */
function pageTypes(): string[] {
  const byShape = new Map<string, string>();
  for (const path of sitemapPaths()) {
    const parts = path.split('/').filter(Boolean);
    // `/`, `/matrix/`, `/cni/<id>/`, `/cni/<id>/releases/`…: the first segment, the depth and the fixed tail.
    const key = `${parts[0] ?? ''}:${parts.length}:${parts.slice(2).join('/')}`;
    if (!byShape.has(key)) byShape.set(key, path);
  }
  const [a, b] = matrixJson()
    .cnis.map((c) => c.id)
    .sort();
  return [
    ...byShape.values(),
    `/compare/${b}-vs-${a}/`,
    '/no/such/page/',
    '/matrix/?cni=calico,cilium&diff=1&q=policy',
    '/recommend/?must=wireguard&want=bgp',
    '/search/?q=wireguard',
    '/changes/?cni=calico',
  ];
}

/** Records CSP violations and console errors from the first script on. */
async function watchPolicy(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') console.push(m.text());
  });
  page.on('pageerror', (e) => console.push(String(e)));
  return { violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), console };
}

test.describe('the CSP sent as an HTTP header', () => {
  let server: Server;
  let origin: string;
  test.beforeAll(async () => {
    ({ server, origin } = await serveStatic(DIST, { cspFromMeta: true }));
  });
  test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

  for (const path of pageTypes()) {
    test(`${path}: no policy violation, and a saved theme applies`, async ({ page }) => {
      await page.addInitScript(() => {
        try {
          localStorage.setItem('theme', 'dark');
        } catch {
          /* storage blocked */
        }
      });
      const seen = await watchPolicy(page);
      const response = await page.goto(`${origin}${path}`);
      const csp = response!.headers()['content-security-policy'] ?? '';
      expect(csp, 'the policy arrives as a header').toContain("frame-ancestors 'none'");
      if (await page.locator('meta[http-equiv="content-security-policy"]').count())
        expect(csp, "the page's own policy is in the header").toMatch(/script-src [^;]*'sha256-/);
      await page.waitForLoadState('networkidle');
      if (path.startsWith('/recommend/?')) await expect(page.locator('[data-ranking] > li').first()).toBeVisible();
      if (path.startsWith('/search/?')) await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 10_000 });
      if (path.startsWith('/benchmarks/')) {
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
      }
      expect(await seen.violations()).toEqual([]);
      expect(seen.console.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
      if (await page.locator('[data-theme-toggle]').count()) {
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await expect(page.locator('[data-theme-toggle]')).toContainText('Theme: dark');
      }
    });
  }
});

test.describe('npm start serves what production sends', () => {
  let child: ChildProcess;
  let origin: string;
  let work: string;
  test.beforeAll(async () => {
    // scripts/serve.ts serves ./dist; run it from a folder whose dist is the build under test.
    work = mkdtempSync(join(tmpdir(), 'cni-serve-'));
    symlinkSync(DIST, join(work, 'dist'));
    child = spawn(process.execPath, [join(process.cwd(), 'scripts', 'serve.ts')], {
      cwd: work,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.stderr!.on('data', (c: Buffer) => {
        out += c.toString();
      });
      child.on('exit', (code) => reject(new Error(`serve.ts exited with ${code}: ${out}`)));
    });
  });
  test.afterAll(() => {
    child?.kill();
    rmSync(work, { recursive: true, force: true });
  });

  test('package.json "start" builds, then runs scripts/serve.ts', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/^npm run build && node scripts\/serve\.ts$/);
  });

  test('every header of public/_headers is sent, on pages and downloads', async ({ request }) => {
    const expected = parseHeadersFile(readFileSync('public/_headers', 'utf8')).find((r) => r.pattern.test('/'))!.headers;
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
    );
    for (const path of ['/', '/matrix/', '/data/matrix.json', '/changes/feed.xml']) {
      const headers = (await request.get(`${origin}${path}`)).headers();
      for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
  });

  test('a path without its trailing slash redirects, keeping the query; a missing page is a 404 with the 404 page', async ({ request }) => {
    const res = await request.get(`${origin}/matrix?cni=calico`, { maxRedirects: 0 });
    expect([301, 308]).toContain(res.status());
    expect(res.headers().location).toBe('/matrix/?cni=calico');
    const followed = await request.get(`${origin}/matrix`);
    expect(followed.status()).toBe(200);
    expect(new URL(followed.url()).pathname).toBe('/matrix/');
    const missing = await request.get(`${origin}/no/such/page/`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Page not found');
  });

  test('downloads go out with their media types', async ({ request }) => {
    const types: Record<string, string> = {
      '/data/matrix.json': 'application/json',
      '/data/matrix.csv': 'text/csv',
      '/changes/feed.xml': 'xml',
      '/data/end-of-support.ics': 'text/calendar',
    };
    for (const [path, type] of Object.entries(types)) expect((await request.get(`${origin}${path}`)).headers()['content-type'], path).toContain(type);
  });
});

test.describe('ignored-value notices are bounded and drop bidi controls', () => {
  const ids = (prefix: string) =>
    [`\u202Eevil${prefix}\u202C`, `\u2066x${prefix}\u2069`, ...Array.from({ length: 998 }, (_, i) => `${prefix}${i}`)].map(encodeURIComponent);
  const cases = [
    { path: '/matrix/', query: `cni=${ids('c').join(',')}`, notice: '[data-matrix-notice]' },
    { path: '/recommend/', query: `must=${ids('f').join(',')}`, notice: '[data-recommend-notice]' },
    { path: '/benchmarks/', query: `variants=${ids('v').join(',')}`, notice: '[data-chart-notice]' },
    {
      path: '/changes/',
      query: ids('p')
        .map((k) => `${k}=1`)
        .join('&'),
      notice: '[data-changes-notice]',
    },
  ];
  for (const c of cases) {
    test(`${c.path} with 1,000 unknown values`, async ({ page }) => {
      await page.goto(`${c.path}?${c.query}`);
      const notice = page.locator(c.notice);
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('more');
      const text = await notice.innerText();
      expect(text.length, text.slice(0, 200)).toBeLessThan(600);
      expect(BIDI.test(text), 'no bidi control in the notice').toBe(false);
      expect(text).toContain('evil');
    });
  }
});

test.describe('/recommend/ without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('?must=wireguard: no answer contradicts the link, there is a submit button, and no "Choose at least one requirement"', async ({ page }) => {
    await page.goto('/recommend/?must=wireguard');
    const encryption = page.locator('fieldset[data-question="encryption"]');
    await expect(encryption).toBeVisible();
    await expect(encryption.getByLabel('Not needed')).not.toBeChecked();
    await expect(page.locator('form[data-recommend-form] input[type="radio"]:checked')).toHaveCount(0);
    await expect(page.locator('form[data-recommend-form]').getByRole('button')).toBeVisible();
    await expect(page.locator('form[data-recommend-form] button[type="submit"], form[data-recommend-form] input[type="submit"]')).toHaveCount(1);
    await expect(page.getByText('Choose at least one requirement')).toHaveCount(0);
    // What the reader can do instead: the scenario pages rank without JavaScript.
    await expect(page.locator('#scenarios ~ ul a[href^="/recommend/"]').first()).toBeVisible();
  });
});

test.describe('the copied decision record', () => {
  const crafted = [
    '?must=wireguard&x=](https://evil.test)',
    '?must=wireguard,[click](https://evil.test)',
    '?must=wireguard&platform=](https://evil.test)&want=%5Bx%5D(https%3A%2F%2Fevil.test)',
    '?must=wireguard#](https://evil.test)',
    `?must=wireguard&${encodeURIComponent('](https://evil.test)')}=1`,
  ];
  for (const search of crafted) {
    test(`${search}: no attacker text in the record`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __copied: string[] };
        w.__copied = [];
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: {
            writeText: async (t: string) => {
              w.__copied.push(t);
            },
          },
        });
      });
      await page.goto(`/recommend/${search}`);
      await expect(page.locator('[data-ranking] > li').first()).toBeVisible();
      await page.getByRole('button', { name: 'Copy as decision record' }).click();
      await expect(page.locator('[data-copy-status]')).toContainText('copied');
      const [record] = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
      expect(record).toContain('- Must: WireGuard');
      expect(record).not.toContain('evil');
      expect(record).not.toMatch(/\[click\]|\]\(https:\/\/evil/);
      expect(record).toContain(`<${new URL(page.url()).origin}/recommend/?must=wireguard>`);
    });
  }
});

test.describe('reversed pair pages', () => {
  test('each names its canonical pair, in canonical order, as the link text', async ({ request }) => {
    const { cnis } = matrixJson();
    const name = (id: string) => cnis.find((c) => c.id === id)!.name;
    const ids = cnis.map((c) => c.id).sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i]!, ids[j]!];
        const html = await (await request.get(`/compare/${b}-vs-${a}/`)).text();
        const link = /<a href="([^"]+)" data-canonical-link>([^<]+)<\/a>/.exec(html);
        expect(link, `${b}-vs-${a}`).toBeTruthy();
        expect(link![1]).toBe(`/compare/${a}-vs-${b}/`);
        expect(link![2]!.replace(/&amp;/g, '&')).toBe(`${name(a)} vs ${name(b)}`);
      }
  });
});
