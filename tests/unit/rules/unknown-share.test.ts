import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule unknown-share', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('unknown-share'), []);
  });

  test('too many unknown cells', () => {
    assert.deepEqual(
      ruleLines('unknown-share', edit('content/support/beta.yaml', 'status: no', 'status: unknown\n    note: Could not be confirmed at any source.')),
      [
        'content/support/beta.yaml:10 — features.dns-policy.status — 1 of 4 cells are unknown (25.0 %, the limit is 5 %) — fix: research the unknown cells at official sources before adding more coverage',
      ],
    );
  });
});
