/**
 * `npm run check:data`: validates every content file and prints every problem as
 * `file:line — field — problem — fix`. Exits 1 when there is any problem.
 *   npm run check:data                    every rule
 *   npm run check:data -- --rule <name>   one rule (repeat --rule for more)
 *   npm run check:data -- --list          the rules and what each checks
 * The project root is the current folder; CNI_CONTENT_DIR points the check at other content.
 */
import { resolve } from 'node:path';
import { checkContent, formatProblem, RULES, sortProblems } from '../src/lib/content-check.ts';

const args = process.argv.slice(2);
if (args.includes('--list')) {
  const width = Math.max(...RULES.map((r) => r.name.length));
  for (const rule of RULES) console.log(`${rule.name.padEnd(width)}  ${rule.description}`);
  process.exit(0);
}
const rules: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rule') rules.push(args[++i] ?? '');
  else if (args[i]?.startsWith('--rule=')) rules.push(args[i]!.slice(7));
}
const unknownRules = rules.filter((r) => !RULES.some((rule) => rule.name === r) && r !== 'load');
if (unknownRules.length) {
  console.error(`check:data: no rule named ${unknownRules.map((r) => `"${r}"`).join(', ')}; run with --list to see them`);
  process.exit(2);
}

const root = resolve('.');
const started = performance.now();
const { content, problems } = checkContent(root, { contentDir: process.env.CNI_CONTENT_DIR, rules: rules.length ? rules : undefined });
const ms = Math.round(performance.now() - started);
const cells = content.support.reduce((n, s) => n + Object.keys(s.features).length, 0);
const summary = `${content.cnis.length} CNIs, ${content.categories.reduce((n, c) => n + c.features.length, 0)} features, ${cells} cells, ${content.platforms.length} platforms, ${content.migrations.length} migrations, ${content.releases.length} release files, ${content.claims.length} claims, ${content.articles.length} articles, ${content.changes.length} change entries; ${rules.length ? `rule${rules.length > 1 ? 's' : ''} ${rules.join(', ')}` : `${RULES.length} rules`}`;

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
  console.error(
    `\ncheck:data found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${summary}; ${ms} ms).`,
  );
  process.exit(1);
}
console.log(`check:data: no problems (${summary}; ${ms} ms).`);
