import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, FILES, ruleLines } from '../../support/rules.ts';

describe('rule unique-ids', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('unique-ids'), []);
  });

  test('a feature id used in two categories', () => {
    assert.deepEqual(
      ruleLines('unique-ids', {
        'content/features/other.yaml':
          'id: other\nname: Other\ndescription: A second category for the test.\norder: 2\nfeatures:\n  - id: dns-policy\n    name: Again\n    description: A duplicate feature id.\n    why: To prove duplicates fail the check.\n',
      }),
      [
        'content/features/policy.yaml:11 — features.1.id — duplicate feature id "dns-policy" (also in content/features/other.yaml) — fix: feature ids must be unique across all categories',
      ],
    );
  });

  test('two claims with the same id', () => {
    assert.deepEqual(ruleLines('unique-ids', { 'content/claims/copy.yaml': FILES['content/claims/alpha-no-policy.yaml']! }), [
      'content/claims/copy.yaml:1 — id — duplicate id "alpha-no-policy" (also in content/claims/alpha-no-policy.yaml) — fix: give each entry its own id',
    ]);
  });

  test('two benchmark configurations with the same id', () => {
    assert.deepEqual(ruleLines('unique-ids', edit('content/benchmarks/lab.json', '"id": "bm"', '"id": "alpha"')), [
      'content/benchmarks/lab.json:41 — configs.1.id — duplicate config id "alpha" — fix: give each configuration its own id',
    ]);
  });
});
