import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule benchmark-values-plausible', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('benchmark-values-plausible'), []);
  });

  test('a negative value, min above max and a median outside them', () => {
    assert.deepEqual(
      ruleLines(
        'benchmark-values-plausible',
        edit('content/benchmarks/lab.json', '"median": 8000,\n      "min": 7900,\n      "max": 8100', '"median": -5,\n      "min": 8200,\n      "max": 8100'),
      ),
      [
        'content/benchmarks/lab.json:71 — results.1.median — median -5 is negative — fix: copy the value as published; a missing value is null with its reason',
        'content/benchmarks/lab.json:71 — results.1.median — median -5 lies outside min 8200 and max 8100 — fix: check the source and copy the three values again',
        'content/benchmarks/lab.json:72 — results.1.min — min 8200 is above max 8100 — fix: check the source: the two values are probably swapped',
      ],
    );
  });
});
