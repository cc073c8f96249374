/**
 * The changelog's maintenance commands.
 *   npm run changes:draft                  prints, as YAML, the change items today's content needs
 *                                          (paste them into a content/changes/<date>-<slug>.yaml entry
 *                                          with a title, kind, why and sources)
 *   npm run changes:baseline -- --ref REV  rewrites content/changes/baseline.json from the facts at a git
 *                                          revision (done once, when the changelog started; rebasing it
 *                                          later drops history, so don't)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { makeContext } from '../src/lib/content-check/context.ts';
import { loadContent } from '../src/lib/content-check/load.ts';
import { currentFacts, explainFacts } from '../src/lib/content-check/rules/changes-explain-facts.ts';
import { itemFor } from '../src/lib/facts.ts';

const root = resolve('.');
const [command, ...args] = process.argv.slice(2);
const today = new Date().toISOString().slice(0, 10);

if (command === 'draft') {
  const { entries } = loadContent(root, resolve(process.env.CNI_CONTENT_DIR ?? join(root, 'content')));
  const { diffs } = explainFacts(makeContext(entries, today));
  if (!diffs.length) {
    console.log('# Every fact is explained by the changelog; nothing to record.');
    process.exit(0);
  }
  const entities = diffs.filter((d) => /^(cni|feature|platform)\//.test(d.key)).map(itemFor);
  const items = diffs
    .filter(
      (d) =>
        /^(cni|feature|platform)\//.test(d.key) ||
        !entities.some(
          (e) =>
            (e.cni && (d.key.startsWith(`cell/${e.cni}/`) || (d.key.endsWith(`/${e.cni}`) && d.key.startsWith('stance/')))) ||
            (e.platform && d.key.startsWith(`stance/${e.platform}/`)) ||
            (e.feature && d.key.startsWith('cell/') && d.key.split('/')[2] === e.feature),
        ),
    )
    .map(itemFor);
  console.log(
    stringify(
      {
        date: today,
        title: 'TODO: a headline',
        kind: 'correction',
        why: 'TODO: why, in your own words',
        sources: [{ url: 'https://example.org/TODO', title: 'TODO' }],
        changes: items,
      },
      { lineWidth: 0 },
    ),
  );
} else if (command === 'baseline') {
  const ref = args[args.indexOf('--ref') + 1] && args.includes('--ref') ? args[args.indexOf('--ref') + 1]! : 'HEAD';
  const work = mkdtempSync(join(tmpdir(), 'cni-baseline-'));
  try {
    const archive = execFileSync('git', ['archive', ref, 'content'], { cwd: root, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', work], { input: archive });
    const { entries } = loadContent(work, join(work, 'content'));
    const facts = Object.fromEntries([...currentFacts(makeContext(entries, today))].sort(([a], [b]) => a.localeCompare(b)));
    const date = execFileSync('git', ['log', '-1', '--format=%cs', ref], { cwd: root }).toString().trim();
    const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: root }).toString().trim();
    writeFileSync(
      join(root, 'content/changes/baseline.json'),
      `${JSON.stringify({ date, from: `the content at commit ${commit}, before the changelog began`, facts }, null, 2)}\n`,
    );
    console.log(`content/changes/baseline.json: ${Object.keys(facts).length} facts from ${commit} (${date})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
} else {
  console.error('usage: node scripts/changes.ts draft | baseline [--ref REV]');
  process.exit(2);
}
