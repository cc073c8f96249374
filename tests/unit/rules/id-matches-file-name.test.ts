import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule id-matches-file-name', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('id-matches-file-name'), []);
  });

  test('a support file whose cni differs from its name', () => {
    assert.deepEqual(ruleLines('id-matches-file-name', edit('content/support/beta.yaml', 'cni: beta', 'cni: betta')), [
      'content/support/beta.yaml:1 — cni — "betta" differs from the file name "beta" — fix: rename the file to betta.yaml or set cni: beta',
    ]);
  });
});
