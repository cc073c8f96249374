import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule platform-defaults-consistent', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('platform-defaults-consistent'), []);
  });

  test('a default that is not a default stance, and a default stance not listed', () => {
    assert.deepEqual(ruleLines('platform-defaults-consistent', edit('content/platforms/cloud.yaml', '  - cni: alpha', '  - cni: beta')), [
      'content/platforms/cloud.yaml:10 — defaults.0.cni — "beta" is listed as a default but its stance is "compatible" — fix: make its stance default (or a mode override default), or remove it from defaults',
      'content/platforms/cloud.yaml:22 — stances.alpha.stance — "alpha" has stance default but is not listed under defaults — fix: add { cni: alpha } to defaults, with its condition',
    ]);
  });
});
