import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule outdated-claims-show-history', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('outdated-claims-show-history'), []);
  });

  test('an outdated claim whose cell has no history', () => {
    assert.deepEqual(ruleLines('outdated-claims-show-history', edit('content/claims/alpha-no-policy.yaml', 'verdict: wrong', 'verdict: outdated')), [
      'content/claims/alpha-no-policy.yaml:4 — verdict — an outdated claim, but none of its cells (alpha × network-policy) records the change in its history — fix: add a history entry (status until the release that changed it, with a source) to the cell the claim is about, and list that feature under features',
    ]);
  });
});
