import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule benchmark-results-known-config', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('benchmark-results-known-config'), []);
  });

  test('a result naming a configuration that is not declared', () => {
    assert.deepEqual(ruleLines('benchmark-results-known-config', edit('content/benchmarks/lab.json', '"config": "alpha"', '"config": "alpah"')), [
      'content/benchmarks/lab.json:64 — results.1.config — result refers to unknown config "alpah" — fix: add the configuration to configs or correct the id',
    ]);
  });
});
