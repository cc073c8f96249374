import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule dates-not-in-future', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('dates-not-in-future'), []);
  });

  test('future dates on a cell, a CNI, a claim, an article, a benchmark source and a release', () => {
    assert.deepEqual(
      ruleLines('dates-not-in-future', {
        ...edit('content/support/beta.yaml', 'verified: "2026-01-10"', 'verified: "2027-01-10"'),
        ...edit('content/cnis/alpha.yaml', 'released: "2026-01-01"', 'released: "2027-01-01"'),
        ...edit('content/claims/alpha-no-policy.yaml', 'verified: "2026-01-10"', 'verified: "2030-01-01"'),
        ...edit('content/articles/intro.mdx', 'updated: "2026-01-10"', 'updated: "2029-01-10"'),
        ...edit('content/benchmarks/lab.json', '"published": "2026-01-05"', '"published": "2028-01-05"'),
        ...edit('content/releases/alpha.yaml', 'latest: { version: "1.2.3", date: "2026-01-01" }', 'latest: { version: "1.2.3", date: "2027-01-01" }'),
      }),
      [
        'content/articles/intro.mdx:4 — updated — date 2029-01-10 is in the future (the build runs on 2026-11-23) — fix: use the day it actually happened or was checked',
        'content/benchmarks/lab.json:5 — published — date 2028-01-05 is in the future (the build runs on 2026-11-23) — fix: use the day it actually happened or was checked',
        'content/claims/alpha-no-policy.yaml:11 — verified — date 2030-01-01 is in the future (the build runs on 2026-11-23) — fix: use the day it actually happened or was checked',
        'content/cnis/alpha.yaml:12 — latest.released — date 2027-01-01 is in the future (the build runs on 2026-11-23) — fix: use the day it actually happened or was checked',
        'content/releases/alpha.yaml:13 — lines.0.latest.date — date 2027-01-01 is in the future (the build runs on 2026-11-23) — fix: use the day it actually happened or was checked',
        'content/support/beta.yaml:8 — features.network-policy.verified — date 2027-01-10 is in the future (the build runs on 2026-11-23) — fix: use the day it actually happened or was checked',
      ],
    );
  });
});
