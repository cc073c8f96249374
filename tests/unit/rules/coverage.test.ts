import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule coverage', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('coverage'), []);
  });

  test('a support file without a cell for a feature', () => {
    assert.deepEqual(ruleLines('coverage', edit('content/support/beta.yaml', '  dns-policy:', '  dns-polcy:')), [
      'content/support/beta.yaml:3 — features — no entry for "dns-policy" (every feature needs one here) — fix: add "dns-policy:" under features with status, sources and verified (status: unknown with a note if it cannot be confirmed)',
    ]);
  });

  test('a platform without a stance for a CNI', () => {
    assert.deepEqual(ruleLines('coverage', edit('content/platforms/cloud.yaml', '  beta:\n    stance: compatible', '  zeta:\n    stance: compatible')), [
      'content/platforms/cloud.yaml:21 — stances — no entry for "beta" (every CNI needs one here) — fix: add "beta:" under stances with stance, note, sources and verified',
    ]);
  });
});
