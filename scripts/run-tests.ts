/**
 * `npm test`: every check from scratch, cheapest first: types → lint → format → unit → data → build (with search
 * index) → links → e2e → a11y (→ visual, when its baselines exist). Each step's counts are summed;
 * the last line is `N passed, N failed`. Exits 1 if anything failed.
 *
 *   npm test -- --only unit,data     run only these steps
 *   npm test -- --skip a11y          run every step but these
 *   npm test -- --no-build           reuse the dist/ already built instead of building
 *   E2E_PORT=4500 npm test           the port the end-to-end steps serve the build on (default 4391)
 *
 * The Playwright steps are the projects of playwright.config.ts, one step each; adding a project means
 * adding its name to PLAYWRIGHT_STEPS. "visual" runs only when tests/e2e/visual.spec.ts-snapshots holds
 * baselines: without them it would write new ones and pass, which proves nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT } from '../tests/support/chromium.ts';

interface Step {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
  note?: string;
}
type Counts = { passed: number; failed: number };
type Result = { code: number; output: string };

const PLAYWRIGHT_STEPS = ['e2e', 'a11y', 'visual'] as const;
const STEPS = ['types', 'lint', 'format', 'unit', 'data', 'build', 'links', ...PLAYWRIGHT_STEPS] as const;
type StepName = (typeof STEPS)[number];

/** Reads --only a,b / --only=a,b, --skip …, --no-build; unknown names or flags stop with the list. */
function parseArgs(argv: string[]): { selected: Set<StepName>; build: boolean } {
  let only: string[] | undefined;
  const skip: string[] = [];
  let build = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = () =>
      (inline ?? argv[++i] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    if (flag === '--only') only = [...(only ?? []), ...value()];
    else if (flag === '--skip') skip.push(...value());
    else if (arg === '--no-build') build = false;
    else usage(`unknown option "${arg}"`);
  }
  for (const name of [...(only ?? []), ...skip]) if (!(STEPS as readonly string[]).includes(name)) usage(`unknown step "${name}"`);
  const selected = new Set(STEPS.filter((s) => (!only || only.includes(s)) && !skip.includes(s)));
  return { selected, build };
}

function usage(problem: string): never {
  console.error(`run-tests: ${problem}\nusage: npm test [-- --only ${STEPS.join(',')}] [--skip step,…] [--no-build]\nsteps: ${STEPS.join(' → ')}`);
  process.exit(2);
}

const { selected, build } = parseArgs(process.argv.slice(2));
const steps: Step[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (chunk: Buffer, to: NodeJS.WriteStream) => {
      const text = chunk.toString();
      output += text;
      to.write(text);
    };
    child.stdout.on('data', (c: Buffer) => forward(c, process.stdout));
    child.stderr.on('data', (c: Buffer) => forward(c, process.stderr));
    child.on('close', (code) => resolveRun({ code: code ?? 1, output }));
  });
}

async function step(name: StepName, command: string, args: string[], count: (r: Result) => Counts, env: Record<string, string> = {}): Promise<boolean> {
  console.log(`\n━━ ${name} ━━ ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = await run(command, args, env);
  let counts = count(result);
  if (result.code !== 0 && counts.failed === 0) counts = { passed: counts.passed, failed: 1 };
  steps.push({ name, ...counts, seconds: Math.round((performance.now() - started) / 100) / 10 });
  return result.code === 0;
}

/** A step that could not run counts as one failure, with the reason in the summary. */
const cannotRun = (name: StepName, note: string) => steps.push({ name, passed: 0, failed: 1, seconds: 0, note });
/** A step left out on purpose is listed, but counts nothing. */
const leftOut = (name: StepName, note: string) => steps.push({ name, passed: 0, failed: 0, seconds: 0, note });

const single = (r: { code: number }) => (r.code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
const nodeTest = (r: { output: string }) => ({
  passed: Number(/ℹ pass (\d+)/.exec(r.output)?.[1] ?? 0),
  failed: Number(/ℹ fail (\d+)/.exec(r.output)?.[1] ?? 0),
});
const links = (r: { output: string }) => {
  const m = /links: (\d+) passed, (\d+) failed/.exec(r.output);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : { passed: 0, failed: 1 };
};
const playwrightReport = (file: string) => (): Counts => {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
  } catch {
    return { passed: 0, failed: 1 };
  }
};
const visualBaselines = () => {
  const dir = join('tests', 'e2e', 'visual.spec.ts-snapshots');
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.png'));
};

const npx = 'npx';
if (selected.has('types')) await step('types', npx, ['astro', 'check'], single);
if (selected.has('lint')) await step('lint', npx, ['eslint', '.'], single);
if (selected.has('format')) await step('format', npx, ['prettier', '--check', '.'], single);
if (selected.has('unit')) await step('unit', process.execPath, ['--test', 'tests/unit/**/*.test.ts'], nodeTest);
if (selected.has('data')) await step('data', process.execPath, ['scripts/check-data.ts'], single);

let haveSite = existsSync('dist/index.html');
if (selected.has('build') && build) {
  rmSync('dist', { recursive: true, force: true });
  haveSite = await step('build', 'npm', ['run', '-s', 'build'], single);
} else if (selected.has('build')) {
  leftOut('build', haveSite ? 'skipped: --no-build, reusing dist/' : 'skipped: --no-build');
}
const needsSite = (name: StepName) => {
  if (haveSite) return true;
  cannotRun(name, selected.has('build') && build ? 'skipped: build failed' : 'no dist/: build first (npm run build)');
  return false;
};

if (selected.has('links') && needsSite('links')) await step('links', process.execPath, ['scripts/check-links.ts'], links);

const chromium = findChromium();
for (const project of PLAYWRIGHT_STEPS) {
  if (!selected.has(project) || !needsSite(project)) continue;
  if (project === 'visual' && !visualBaselines()) {
    leftOut('visual', 'skipped: no baselines in tests/e2e/visual.spec.ts-snapshots (npm run test:visual:update writes them)');
    continue;
  }
  if (!chromium) {
    console.error(`\n${INSTALL_HINT}`);
    cannotRun(project, 'no Chromium');
    continue;
  }
  // One output folder per project, so each step's JSON report and artefacts stay apart.
  const output = join('test-results', project);
  rmSync(join(output, 'e2e.json'), { force: true });
  await step(project, npx, ['playwright', 'test', `--project=${project}`], playwrightReport(join(output, 'e2e.json')), { E2E_OUTPUT: output });
}

console.log('\n━━ summary ━━');
for (const s of steps)
  console.log(
    `${s.failed ? '✗' : s.passed ? '✓' : '·'} ${s.name.padEnd(6)} ${String(s.passed).padStart(4)} passed, ${String(s.failed).padStart(3)} failed  ${s.seconds}s${s.note ? `  (${s.note})` : ''}`,
  );
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
if (!existsSync('dist/index.html')) console.log('(no built site)');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
