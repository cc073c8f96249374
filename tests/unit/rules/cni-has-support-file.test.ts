import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleLines } from '../../support/rules.ts';

describe('rule cni-has-support-file', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('cni-has-support-file'), []);
  });

  test('a CNI without a support file', () => {
    assert.deepEqual(ruleLines('cni-has-support-file', { 'content/support/beta.yaml': null }), [
      'content/cnis/beta.yaml:1 — (file) — CNI "beta" has no support file — fix: create content/support/beta.yaml with a cell for every feature',
    ]);
  });
});
