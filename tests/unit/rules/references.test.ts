import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule references', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('references'), []);
  });

  test('unknown CNI and feature ids in a claim, with a did-you-mean', () => {
    assert.deepEqual(
      ruleLines(
        'references',
        edit('content/claims/alpha-no-policy.yaml', 'cnis: [alpha]\nfeatures: [network-policy]', 'cnis: [alpah]\nfeatures: [network-polcy]'),
      ),
      [
        'content/claims/alpha-no-policy.yaml:6 — cnis.0 — unknown CNI id "alpah" — fix: use one of the ids: alpha, beta (did you mean "alpha"?)',
        'content/claims/alpha-no-policy.yaml:7 — features.0 — unknown feature id "network-polcy" — fix: use one of the ids: dns-policy, network-policy (did you mean "network-policy"?)',
      ],
    );
  });

  test("an unknown CNI in an article's frontmatter", () => {
    assert.deepEqual(ruleLines('references', edit('content/articles/intro.mdx', 'cnis: [alpha]', 'cnis: [gamma]')), [
      'content/articles/intro.mdx:6 — cnis.0 — unknown CNI id "gamma" — fix: use one of the ids: alpha, beta',
    ]);
  });

  test('a benchmark configuration naming an unknown CNI', () => {
    assert.deepEqual(ruleLines('references', edit('content/benchmarks/lab.json', '"cni": "alpha"', '"cni": "alfa"')), [
      'content/benchmarks/lab.json:42 — configs.1.cni — unknown CNI id "alfa" — fix: use one of the ids: alpha, baremetal, beta, other (did you mean "alpha"?)',
    ]);
  });

  test('a platform stance and a migration naming unknown ids', () => {
    assert.deepEqual(
      ruleLines('references', {
        ...edit('content/platforms/cloud.yaml', '  beta:\n    stance: compatible', '  betta:\n    stance: compatible'),
        ...edit('content/migrations/oldnet-to-alpha.yaml', '  - platform: cloud', '  - platform: clod'),
      }),
      [
        'content/migrations/oldnet-to-alpha.yaml:8 — platforms.0.platform — unknown platform id "clod" — fix: use one of the ids: cloud (did you mean "cloud"?)',
        'content/platforms/cloud.yaml:28 — stances.betta — unknown CNI id "betta" — fix: use one of the ids: alpha, beta (did you mean "beta"?)',
      ],
    );
  });
});
