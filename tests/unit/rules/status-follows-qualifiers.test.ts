import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule status-follows-qualifiers', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('status-follows-qualifiers'), []);
  });

  test('a beta cell marked yes', () => {
    assert.deepEqual(
      ruleLines(
        'status-follows-qualifiers',
        edit('content/support/beta.yaml', '  network-policy:\n    status: yes\n', '  network-policy:\n    status: yes\n    maturity: beta\n'),
      ),
      [
        'content/support/beta.yaml:5 — features.network-policy.maturity — status "yes" contradicts maturity: beta (the methodology makes that partial) — fix: set status: partial, or remove the qualifier if it no longer applies',
      ],
    );
  });

  test('a Linux-only cell marked yes', () => {
    assert.deepEqual(
      ruleLines(
        'status-follows-qualifiers',
        edit('content/support/alpha.yaml', '  network-policy:\n    status: yes\n', '  network-policy:\n    status: yes\n    nodes: linux-only\n'),
      ),
      [
        'content/support/alpha.yaml:5 — features.network-policy.nodes — status "yes" contradicts nodes: linux-only (the methodology makes that partial) — fix: set status: partial, or remove the qualifier if it no longer applies',
      ],
    );
  });

  test('a partial cell with no limiting qualifier', () => {
    assert.deepEqual(
      ruleLines('status-follows-qualifiers', edit('content/support/alpha.yaml', '    gap: egress to fixed names only\n', '    default: off\n')),
      [
        'content/support/alpha.yaml:10 — features.dns-policy.status — status "partial" names no limiting qualifier, so the reason for partial is not typed — fix: add the one that applies (maturity: alpha|beta, nodes: linux-only, scope, gap or excludes); if none does, the status is yes or no',
      ],
    );
  });

  test('a no cell carrying a qualifier, and a history state that contradicts itself', () => {
    assert.deepEqual(
      ruleLines(
        'status-follows-qualifiers',
        edit(
          'content/support/beta.yaml',
          '  dns-policy:\n    status: no\n',
          '  dns-policy:\n    status: no\n    scope: Helm chart only\n    history:\n      - status: yes\n        maturity: alpha\n        until: "1.1"\n        sources: [{ url: "https://example.org/x", title: Changelog }]\n',
        ),
      ),
      [
        'content/support/beta.yaml:11 — features.dns-policy.scope — status "no" carries qualifier(s) scope — fix: remove them: qualifiers describe support that exists',
        'content/support/beta.yaml:14 — features.dns-policy.history.0.maturity — status "yes" contradicts maturity: alpha (the methodology makes that partial) — fix: set status: partial, or remove the qualifier if it no longer applies',
      ],
    );
  });
});
