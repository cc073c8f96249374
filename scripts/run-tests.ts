/**
 * `npm test`: every check from scratch, cheapest first: types → unit → data → build (with search
 * index) → links → end-to-end (Playwright + axe against `astro preview`). Each suite's counts are
 * summed; the last line is `N passed, N failed`. Exits 1 if anything failed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from '../tests/support/chromium.ts';

interface Step { name: string; passed: number; failed: number; seconds: number; note?: string }
const steps: Step[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (chunk: Buffer, to: NodeJS.WriteStream) => { const text = chunk.toString(); output += text; to.write(text); };
    child.stdout.on('data', (c: Buffer) => forward(c, process.stdout));
    child.stderr.on('data', (c: Buffer) => forward(c, process.stderr));
    child.on('close', (code) => resolveRun({ code: code ?? 1, output }));
  });
}

async function step(name: string, command: string, args: string[], count: (r: { code: number; output: string }) => { passed: number; failed: number }, env: Record<string, string> = {}): Promise<boolean> {
  console.log(`\n━━ ${name} ━━ ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = await run(command, args, env);
  let counts = count(result);
  if (result.code !== 0 && counts.failed === 0) counts = { passed: counts.passed, failed: 1 };
  steps.push({ name, ...counts, seconds: Math.round((performance.now() - started) / 100) / 10 });
  return result.code === 0;
}

const single = (r: { code: number }) => (r.code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
const nodeTest = (r: { output: string }) => ({
  passed: Number(/ℹ pass (\d+)/.exec(r.output)?.[1] ?? 0),
  failed: Number(/ℹ fail (\d+)/.exec(r.output)?.[1] ?? 0),
});
const links = (r: { output: string }) => {
  const m = /links: (\d+) passed, (\d+) failed/.exec(r.output);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : { passed: 0, failed: 1 };
};
const playwright = () => {
  try {
    const report = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
  } catch {
    return { passed: 0, failed: 1 };
  }
};

const npx = 'npx';
await step('types', npx, ['astro', 'check'], single);
await step('unit', process.execPath, ['--test', 'tests/unit/**/*.test.ts'], nodeTest);
await step('data', process.execPath, ['scripts/check-data.ts'], single);
rmSync('dist', { recursive: true, force: true });
const built = await step('build', 'npm', ['run', '-s', 'build'], single);
if (built) {
  await step('links', process.execPath, ['scripts/check-links.ts'], links);
  if (!findChromium()) {
    console.error(`\n${INSTALL_HINT}`);
    steps.push({ name: 'e2e', passed: 0, failed: 1, seconds: 0, note: 'no Chromium' });
  } else {
    rmSync('test-results/e2e.json', { force: true });
    await step('e2e', npx, ['playwright', 'test'], playwright);
  }
} else {
  steps.push({ name: 'links', passed: 0, failed: 1, seconds: 0, note: 'skipped: build failed' }, { name: 'e2e', passed: 0, failed: 1, seconds: 0, note: 'skipped: build failed' });
}

console.log('\n━━ summary ━━');
for (const s of steps) console.log(`${s.failed ? '✗' : '✓'} ${s.name.padEnd(6)} ${String(s.passed).padStart(4)} passed, ${String(s.failed).padStart(3)} failed  ${s.seconds}s${s.note ? `  (${s.note})` : ''}`);
const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
if (!existsSync('dist/index.html')) console.log('(no built site)');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
