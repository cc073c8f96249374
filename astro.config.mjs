// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { dataCheck } from './src/integrations/data-check.ts';

/** The public base URL, the one setting a deployment changes (see README, "Deploy"). */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [dataCheck(), mdx(), sitemap({ filter: (page) => !page.endsWith('/search/') && isCanonicalPair(page) })],
  devToolbar: { enabled: false },
  prefetch: false,
});

/** Reversed pair URLs only forward; keep them out of the sitemap. */
function isCanonicalPair(page) {
  const match = /\/compare\/(.+)-vs-(.+)\/$/.exec(page);
  return !match || match[1] < match[2];
}
