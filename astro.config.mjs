// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { dataCheck } from './src/integrations/data-check.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { subordinateHeadings } from './src/integrations/subordinate-headings.ts';

/** The public base URL, the one setting a deployment changes (see README, "Deploy"). */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [dataCheck(), mdx({ processor: satteri({ hastPlugins: [subordinateHeadings] }) }), sitemap({ filter: (page) => !page.endsWith('/search/') && isCanonicalPair(page) })],
  devToolbar: { enabled: false },
  // Shiki colours code with inline styles, which the CSP below forbids; code blocks stay plain.
  markdown: { syntaxHighlight: false },
  // A hash-based Content-Security-Policy in every page's <meta>: no 'unsafe-inline' scripts.
  // 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search; nothing loads from another origin.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
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
