/**
 * `npm run check:data`: validates every content file and prints every problem as
 * `file:line — field — problem — fix`. Exits 1 when there is any problem.
 * Usage: node scripts/check-data.ts [projectRoot]
 */
import { resolve } from 'node:path';
import { checkContent, formatProblem, sortProblems } from '../src/lib/content-check.ts';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const { content, problems } = checkContent(root, { contentDir: process.env.CNI_CONTENT_DIR });
const ms = Math.round(performance.now() - started);
const cells = content.support.reduce((n, s) => n + Object.keys(s.features).length, 0);
const summary = `${content.cnis.length} CNIs, ${content.categories.reduce((n, c) => n + c.features.length, 0)} features in ${content.categories.length} categories, ${cells} cells, ${content.claims.length} claims, ${content.scenarios.length} scenarios, ${content.articles.length} articles, ${content.benchmarks.length} benchmark sources`;

if (problems.length > 0) {
  const sorted = sortProblems(problems);
  let lastFile = '';
  for (const problem of sorted) {
    if (problem.file !== lastFile) {
      console.error(`\n${problem.file}`);
      lastFile = problem.file;
    }
    console.error(`  ${formatProblem(problem)}`);
  }
  const files = new Set(sorted.map((p) => p.file)).size;
  console.error(`\ncheck:data found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${summary}; ${ms} ms).`);
  process.exit(1);
}
console.log(`check:data: no problems (${summary}; ${ms} ms).`);
