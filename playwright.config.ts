import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './tests/support/chromium.ts';

/**
 * End-to-end tests run against the production build served by `astro preview`, never dev.
 *   E2E_PORT=4500   the port the preview listens on (default 4391)
 *   E2E_DIST=path   the built site to test (default dist/)
 *   E2E_OUTPUT=dir  where Playwright writes results and the JSON report (default test-results/)
 */
const PORT = Number(process.env.E2E_PORT ?? 4391);
const DIST = process.env.E2E_DIST ?? 'dist';
const OUTPUT = process.env.E2E_OUTPUT ?? 'test-results';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: OUTPUT,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: `${OUTPUT}/e2e.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  // One project per kind of check; `npm test` runs each as its own step (scripts/run-tests.ts), and a new
  // kind is one more entry here. "e2e": behaviour, budgets, security and URL handling. "a11y": the axe sweep
  // over every sitemap URL. "visual": screenshot baselines (tests/e2e/visual.spec.ts); a missing baseline is
  // written on first run, a changed one fails until `npm run test:visual:update`.
  projects: [
    { name: 'e2e', testIgnore: [/visual\.spec\.ts$/, /a11y\.spec\.ts$/] },
    { name: 'a11y', testMatch: /a11y\.spec\.ts$/ },
    { name: 'visual', testMatch: /visual\.spec\.ts$/ },
  ],
  updateSnapshots: 'missing',
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.01, threshold: 0.2 } },
  webServer: {
    command: `npx astro preview --force --host 127.0.0.1 --port ${PORT} --outDir ${JSON.stringify(DIST)}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
