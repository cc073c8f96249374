// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { dataCheck } from './src/integrations/data-check.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { subordinateHeadings } from './src/integrations/subordinate-headings.ts';
import { siteUrlNotice } from './src/integrations/site-url.ts';
import { THEME_SCRIPT_HASH } from './src/data/theme-script.ts';

/** The public base URL, the one setting a deployment changes (see README, "Deploy"). */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    siteUrlNotice(),
    dataCheck(),
    mdx({ processor: satteri({ hastPlugins: [subordinateHeadings] }) }),
    sitemap({ filter: (page) => !page.endsWith('/search/') && isCanonicalPair(page) }),
  ],
  devToolbar: { enabled: false },
  // Shiki colours code with inline styles, which the CSP below forbids; code blocks stay plain.
  markdown: { syntaxHighlight: false },
  // A hash-based Content-Security-Policy in every page's <meta>: no 'unsafe-inline' scripts.
  // 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search; nothing loads from another origin.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // The theme script runs before the <meta> policy is parsed; listing its hash keeps it allowed when
      // a host sends the same policy as an HTTP header.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [THEME_SCRIPT_HASH] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  prefetch: false,
});

/**
 * Reversed pair URLs only forward; keep them out of the sitemap.
 * @param {string} page
 */
function isCanonicalPair(page) {
  const match = /\/compare\/(.+)-vs-(.+)\/$/.exec(page);
  return !match || String(match[1]) < String(match[2]);
}
