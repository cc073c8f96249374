/**
 * `npm run test:links [dist]`: every internal link and #fragment in the built site resolves, and
 * every external URL is well-formed (no network needed). Prints every problem grouped by page,
 * then `links: N passed, N failed` (pages checked), and exits 1 on any problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' ? [] : walk(p);
    return d.name.endsWith('.html') ? [p] : [];
  });
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The page URL path a built file answers to (`dist/a/index.html` → `/a/`). */
function urlPathOf(dist: string, file: string): string {
  const rel = '/' + relative(dist, file).split('\\').join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The file a URL path maps to in dist, or undefined. */
function fileFor(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const direct = join(dist, clean);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(dist, clean, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

/** The public origin the site is built for (astro.config.mjs reads the same variable). */
export const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;

export function checkLinks(distDir: string, siteOrigin = SITE_ORIGIN): { pages: number; problems: LinkProblem[] } {
  const dist = resolve(distDir);
  const files = walk(dist);
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const problems: LinkProblem[] = [];
  for (const file of files) {
    // Inline script bodies hold code, not links (a template such as `href="${url}"`); their tags' src still counts.
    const html = readFileSync(file, 'utf8').replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
    const page = urlPathOf(dist, file);
    const base = new URL(page, 'http://site.invalid');
    for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const raw = decode(m[2]!);
      if (raw === '') {
        problems.push({ page, link: raw, problem: `empty ${m[1]}` });
        continue;
      }
      if (/^(mailto|tel|data):/.test(raw)) continue;
      if (/^javascript:/i.test(raw)) {
        problems.push({ page, link: raw, problem: 'javascript: URL' });
        continue;
      }
      let url: URL;
      try {
        url = new URL(raw, base);
      } catch {
        problems.push({ page, link: raw, problem: 'not a valid URL' });
        continue;
      }
      if (url.origin === siteOrigin) url = new URL(url.pathname + url.search + url.hash, 'http://site.invalid');
      if (url.origin !== 'http://site.invalid') {
        if (!/^https?:$/.test(url.protocol)) problems.push({ page, link: raw, problem: `unexpected scheme ${url.protocol}` });
        else if (!url.hostname.includes('.') || /\s/.test(raw)) problems.push({ page, link: raw, problem: 'malformed external URL' });
        continue;
      }
      const target = fileFor(dist, url.pathname);
      if (!target) {
        problems.push({ page, link: raw, problem: `no page or file at ${url.pathname}` });
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(id)) problems.push({ page, link: raw, problem: `no element with id="${id}" on ${url.pathname}` });
      }
    }
  }
  return { pages: files.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`links: no built site in ${dist}; run npm run build first`);
    process.exit(1);
  }
  const { pages, problems } = checkLinks(dist);
  const byPage = new Map<string, LinkProblem[]>();
  for (const p of problems) byPage.set(p.page, [...(byPage.get(p.page) ?? []), p]);
  for (const [page, list] of byPage) {
    console.error(`\n${page}`);
    for (const p of list) console.error(`  ${p.link} — ${p.problem}`);
  }
  const failedPages = byPage.size;
  console.log(`${problems.length ? '\n' : ''}links: ${problems.length} problem(s) on ${failedPages} page(s); ${pages} pages checked`);
  console.log(`links: ${pages - failedPages} passed, ${failedPages} failed`);
  process.exit(problems.length ? 1 : 0);
}
