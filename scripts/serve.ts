/**
 * `npm start` (after the build): serves dist/ the way production hosts do, with the headers of
 * public/_headers (CSP, frame-ancestors, nosniff, Referrer-Policy, Permissions-Policy), gzip, and
 * redirects from paths without their trailing slash.
 *   PORT=8080 npm start         another port (default 4321)
 *   node scripts/serve.ts --csp-header   also send each page's <meta> policy as a header
 */
import { existsSync } from 'node:fs';
import { serveStatic } from './support/static-server.ts';

if (!existsSync('dist/index.html')) {
  console.error('serve: no dist/index.html; run npm run build first (npm start does both).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const { origin } = await serveStatic('dist', { port, cspFromMeta: process.argv.includes('--csp-header') });
console.log(`CNI Compare is served at ${origin}/ with the production headers of public/_headers. Ctrl+C stops it.`);
