/**
 * Finds a Chromium for Playwright: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser
 * Playwright installed itself. Playwright cannot download browsers on these machines.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-sandbox',
];

export const INSTALL_HINT = [
  'No Chromium found for the end-to-end tests. Install one, then run the tests again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  or point CHROMIUM_PATH at an existing Chrome/Chromium binary, e.g. CHROMIUM_PATH=/usr/bin/google-chrome npm test',
].join('\n');

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* Playwright has no browser of its own installed */
  }
  return undefined;
}

export function requireChromium(): string {
  const path = findChromium();
  if (!path) throw new Error(INSTALL_HINT);
  return path;
}
