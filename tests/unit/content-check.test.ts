/**
 * The data check as a whole: it never crashes, never hides a problem, and reports whatever the loader
 * cannot read at its file and line. Each rule has its own file under tests/unit/rules/.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatProblem, RULES, sortProblems, type Rule } from '../../src/lib/content-check.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/schemas/collections.ts';
import { FILES, makeFixture } from '../support/fixture.ts';
import { edit, TODAY } from '../support/rules.ts';

function allLines(overrides: Record<string, string | null>, extra?: (root: string) => void): string[] {
  const fx = makeFixture(overrides);
  try {
    extra?.(fx.root);
    return sortProblems(checkContent(fx.root, { today: TODAY }).problems).map(formatProblem);
  } finally {
    fx.cleanup();
  }
}

describe('the data check on a valid fixture', () => {
  test('reports nothing and loads every collection of the registry', () => {
    const fx = makeFixture();
    try {
      const { problems, content } = checkContent(fx.root, { today: TODAY });
      assert.deepEqual(problems.map(formatProblem), []);
      for (const name of COLLECTION_NAMES) assert.ok((content[name] as unknown[]).length > 0, `the fixture should exercise ${name}`);
    } finally {
      fx.cleanup();
    }
  });

  test('every rule has a name matching its test file and a one-line description', () => {
    for (const rule of RULES) {
      assert.match(rule.name, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(rule.description.length > 20 && !rule.description.includes('\n'), rule.name);
    }
  });
});

describe('nothing is hidden: a schema error does not stop the other rules on the same item', () => {
  test('a wrong verdict type and an unknown CNI in one claim are both reported', () => {
    const lines = allLines(
      edit(
        'content/claims/alpha-no-policy.yaml',
        'verdict: wrong\ntruth: Alpha enforces NetworkPolicy according to its own documentation.\ncnis: [alpha]',
        'verdict: true\ntruth: Alpha enforces NetworkPolicy according to its own documentation.\ncnis: [flanel]',
      ),
    );
    assert.ok(
      lines.some((l) => l.includes('— verdict — expected one of')),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.includes('— cnis.0 — unknown CNI id "flanel"')),
      lines.join('\n'),
    );
  });

  test('a too-short CNI summary does not hide a release date in the future', () => {
    const lines = allLines(edit('content/cnis/alpha.yaml', 'released: "2026-01-01"', 'released: "2027-01-01"'), (root) => {
      const path = join(root, 'content/cnis/alpha.yaml');
      const text = FILES['content/cnis/alpha.yaml']!.replace(/summary: .*/, 'summary: Too short.').replace('released: "2026-01-01"', 'released: "2027-01-01"');
      writeFileSync(path, text);
    });
    assert.ok(
      lines.some((l) => l.includes('— summary —')),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.includes('— latest.released — date 2027-01-01 is in the future')),
      lines.join('\n'),
    );
  });

  test('a string median does not hide an unknown configuration', () => {
    const lines = allLines(
      edit(
        'content/benchmarks/lab.json',
        '"config": "alpha",\n      "test": "tcp-1",\n      "protocol": "TCP",\n      "streams": 1,\n      "path": "pod-to-pod",\n      "metric": "throughput",\n      "unit": "Mbit/s",\n      "median": 8000',
        '"config": "alpah",\n      "test": "tcp-1",\n      "protocol": "TCP",\n      "streams": 1,\n      "path": "pod-to-pod",\n      "metric": "throughput",\n      "unit": "Mbit/s",\n      "median": "8000"',
      ),
    );
    assert.ok(
      lines.some((l) => l.includes('results.1.median — expected number')),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.includes('result refers to unknown config "alpah"')),
      lines.join('\n'),
    );
  });

  test('one invalid CNI profile does not turn every reference to it into an "unknown CNI" line', () => {
    const lines = allLines({ 'content/cnis/beta.yaml': FILES['content/cnis/beta.yaml']!.replace('kind: plugin', 'kind: plug') });
    assert.deepEqual(
      lines.filter((l) => l.includes('unknown CNI id')),
      [],
    );
    assert.equal(lines.length, 1, lines.join('\n'));
  });

  test('a tab in a support file is one problem, not one per following line', () => {
    const lines = allLines({
      'content/support/beta.yaml': FILES['content/support/beta.yaml']!.replace('  dns-policy:\n    status: no', '  dns-policy:\n\tstatus: no'),
    });
    const inFile = lines.filter((l) => l.startsWith('content/support/beta.yaml'));
    assert.equal(inFile.length, 1, lines.join('\n'));
    assert.match(inFile[0]!, /^content\/support\/beta\.yaml:\d+ — \(file\) — not valid YAML/);
  });
});

describe('the data check never crashes: what cannot be read is a problem at its file and line', () => {
  test('an undefined YAML alias', () => {
    const lines = allLines(edit('content/support/beta.yaml', '  dns-policy:\n    status: no\n', '  dns-policy:\n    status: no\n    since: *nope\n'));
    assert.ok(
      lines.some((l) => /^content\/support\/beta\.yaml:1[01] — \(file\) — /.test(l)),
      lines.join('\n'),
    );
  });

  test('YAML aliases used legitimately (one source list reused in many cells) are accepted, even more than 100', () => {
    const cells = Array.from({ length: 120 }, (_, i) => `  extra-${i}:\n    status: yes\n    sources: *docs\n    verified: "2026-01-10"\n`).join('');
    const text =
      FILES['content/support/beta.yaml']!.replace(
        '    sources:\n      - url: https://example.org/docs\n        title: Example docs page\n',
        '    sources: &docs\n      - url: https://example.org/docs\n        title: Example docs page\n',
      ) + cells;
    const lines = allLines({ 'content/support/beta.yaml': text });
    assert.ok(
      lines.every((l) => !l.includes('(file)')),
      lines.slice(0, 3).join('\n'),
    );
    assert.ok(
      lines.some((l) => l.includes('unknown feature id "extra-0"')),
      'the file was read',
    );
  });

  test('invalid UTF-8 is reported at its line instead of being published as U+FFFD', () => {
    const lines = allLines({}, (root) => {
      const bytes = Buffer.from(FILES['content/claims/alpha-no-policy.yaml']!.replace('Blog posts', 'Blog posts XX'), 'utf8');
      const at = bytes.indexOf('XX');
      bytes[at] = 0xc3;
      bytes[at + 1] = 0x28;
      writeFileSync(join(root, 'content/claims/alpha-no-policy.yaml'), bytes);
    });
    assert.deepEqual(lines, [
      'content/claims/alpha-no-policy.yaml:3 — (file) — the file is not valid UTF-8 (an invalid byte sequence here would be published as "�") — fix: save the file as UTF-8 and retype the character on that line',
    ]);
  });

  test('a duplicate JSON key and a trailing comma', () => {
    const dup = allLines(edit('content/benchmarks/lab.json', '"title": "A lab benchmark",', '"title": "A lab benchmark",\n  "title": "Again",'));
    assert.deepEqual(
      dup.filter((l) => l.includes('duplicate key')),
      [
        'content/benchmarks/lab.json:4 — title — duplicate key "title" (JSON keeps only the last value, silently) — fix: remove one of the two entries with the same key',
      ],
    );
    const trailing = allLines(edit('content/benchmarks/lab.json', '"runs": 3\n    }\n  ]', '"runs": 3,\n    }\n  ]'));
    assert.deepEqual(trailing, [
      'content/benchmarks/lab.json:75 — (file) — not valid JSON: a trailing comma before "}" — fix: fix the syntax at that line (JSON allows no trailing commas, comments or single quotes)',
    ]);
  });

  test('a file with another extension case, a subfolder, and a missing sources.meta.yaml are reported, not skipped', () => {
    const lines = allLines({
      'content/claims/other.YAML': FILES['content/claims/alpha-no-policy.yaml']!,
      'content/claims/old/x.yaml': 'id: x\n',
      'content/benchmarks/sources.meta.yaml': null,
    });
    assert.deepEqual(lines, [
      'content/benchmarks/sources.meta.yaml — (file) — missing: content/benchmarks/ needs sources.meta.yaml (Benchmark provenance and the sources left out (hand-written)) — fix: restore the file (git checkout) or create sources.meta.yaml',
      'content/claims/old — (folder) — a subfolder of a collection folder is not loaded — fix: move its files up into content/claims/ or out of content/',
      'content/claims/other.YAML:1 — (file) — this file is not loaded: names in content/claims/ must match *.yaml — fix: rename it to match *.yaml (extensions are lower-case), or move it out of content/',
    ]);
  });

  test('sources.meta.yaml with a syntax error is a problem, not an empty "not charted" list', () => {
    const lines = allLines({ 'content/benchmarks/sources.meta.yaml': 'sources: {}\nexcluded:\n  old-charts: [unclosed\n' });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^content\/benchmarks\/sources\.meta\.yaml:\d+ — \(file\) — not valid YAML/);
  });

  test('an MDX article starting with a byte-order mark is accepted', () => {
    assert.deepEqual(allLines({ 'content/articles/intro.mdx': `\uFEFF${FILES['content/articles/intro.mdx']!}` }), []);
  });

  test('a rule that throws is reported as a problem and the other rules still run', () => {
    const boom: Rule = {
      name: 'boom',
      description: 'A rule that always throws, for this test.',
      run: () => {
        throw new Error('kaboom');
      },
    };
    const fx = makeFixture(edit('content/support/beta.yaml', 'status: no', 'status: noo'));
    try {
      const lines = checkContent(fx.root, { today: TODAY, ruleSet: [RULES[0]!, boom] }).problems.map(formatProblem);
      assert.ok(
        lines.includes('content — (rule boom) — the rule crashed: kaboom — fix: report it as a bug in the data check; the other rules still ran'),
        lines.join('\n'),
      );
      assert.ok(
        lines.some((l) => l.includes('received "noo"')),
        'the schema rule still reported',
      );
    } finally {
      fx.cleanup();
    }
  });
});

describe('the registry is the one list of collections', () => {
  test('every collection has a folder, pattern, schema and a unique JSON Schema name', () => {
    const names = COLLECTION_NAMES.map((n) => COLLECTIONS[n].jsonSchema);
    assert.equal(new Set(names).size, names.length);
  });
});

describe('the real content', () => {
  test('passes every rule', () => {
    const { problems } = checkContent(process.cwd(), { contentDir: process.env.CNI_CONTENT_DIR });
    assert.deepEqual(sortProblems(problems).map(formatProblem), []);
  });
});
