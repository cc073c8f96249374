import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule schema', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('schema'), []);
  });

  test('a typo in a status names the allowed values', () => {
    assert.deepEqual(ruleLines('schema', edit('content/support/beta.yaml', 'status: no', 'status: noo')), [
      'content/support/beta.yaml:10 — features.dns-policy.status — expected one of "yes", "partial", "no", "unknown", received "noo" — fix: use one of "yes", "partial", "no", "unknown"',
    ]);
  });

  test('a cell without a source', () => {
    assert.deepEqual(
      ruleLines(
        'schema',
        edit(
          'content/support/alpha.yaml',
          '  network-policy:\n    status: yes\n    sources:\n      - url: https://example.org/docs\n        title: Example docs page\n',
          '  network-policy:\n    status: yes\n',
        ),
      ),
      [
        'content/support/alpha.yaml:4 — features.network-policy.sources — status "yes" needs at least one official source — fix: correct the value as the message says',
      ],
    );
  });

  test('an unknown key lists the allowed keys', () => {
    assert.deepEqual(ruleLines('schema', edit('content/claims/alpha-no-policy.yaml', 'verdict: wrong', 'verdict: wrong\nverdikt: true')), [
      'content/claims/alpha-no-policy.yaml:5 — verdikt — unknown key "verdikt" — fix: remove it or correct the spelling; allowed keys here: id, claim, commonlyIn, verdict, truth, changedIn, cnis, features, sources, verified',
    ]);
  });

  test('a javascript: URL is not a source', () => {
    assert.deepEqual(ruleLines('schema', edit('content/support/beta.yaml', 'https://example.org/docs', 'javascript:alert(1)')), [
      'content/support/beta.yaml:6 — features.network-policy.sources.0.url — expected an absolute http(s) URL such as "https://docs.cilium.io/en/stable/", received "javascript:alert(1)" — fix: correct the format as the message says',
    ]);
  });
});
