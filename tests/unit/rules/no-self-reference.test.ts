import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule no-self-reference', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('no-self-reference'), []);
  });

  test('a CNI that combines itself and is based on itself', () => {
    assert.deepEqual(
      ruleLines('no-self-reference', edit('content/cnis/alpha.yaml', 'kind: plugin', 'kind: combination\ncombines: [alpha, beta]\nbasedOn: alpha')),
      [
        'content/cnis/alpha.yaml:5 — combines.0 — a CNI cannot combine itself — fix: list the other plugins it combines',
        'content/cnis/alpha.yaml:6 — basedOn — a CNI cannot be based on itself — fix: name the upstream CNI it is a build of, or remove basedOn',
      ],
    );
  });
});
