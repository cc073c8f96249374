import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, FILES, ruleLines } from '../../support/rules.ts';

describe('rule changes-explain-facts', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('changes-explain-facts'), []);
  });

  test('a status changed without a changelog entry', () => {
    assert.deepEqual(
      ruleLines('changes-explain-facts', edit('content/support/beta.yaml', 'status: no', 'status: unknown\n    note: Could not be confirmed at any source.')),
      [
        'content/support/beta.yaml:10 — features.dns-policy.status — beta × dns-policy × status changed from no to unknown with no changelog entry — fix: record it in a content/changes/<date>-<slug>.yaml entry (npm run changes:draft prints the items): {"cni":"beta","feature":"dns-policy","field":"status","from":"no","to":"unknown"}',
      ],
    );
  });

  test('an entry explains the change', () => {
    assert.deepEqual(
      ruleLines('changes-explain-facts', {
        ...edit('content/support/beta.yaml', 'status: no', 'status: unknown\n    note: Could not be confirmed at any source.'),
        'content/changes/2026-02-01-beta-dns.yaml':
          'date: "2026-02-01"\ntitle: Beta DNS policy reconsidered\nkind: correction\nwhy: The page cited no longer says anything about DNS policy.\nsources: [{ url: "https://example.org/x", title: Changelog }]\nchanges:\n  - { cni: beta, feature: dns-policy, field: status, from: "no", to: unknown }\n',
      }),
      [],
    );
  });

  test('an entry whose from does not match', () => {
    assert.deepEqual(
      ruleLines('changes-explain-facts', {
        'content/changes/2026-02-01-beta-dns.yaml':
          'date: "2026-02-01"\ntitle: Beta DNS policy reconsidered\nkind: correction\nwhy: The page cited no longer says anything about DNS policy.\nsources: [{ url: "https://example.org/x", title: Changelog }]\nchanges:\n  - { cni: beta, feature: dns-policy, field: status, from: "yes", to: "no" }\n',
      }),
      [
        'content/changes/2026-02-01-beta-dns.yaml:7 — changes.0.from — "from" is "yes" but the fact was "no" at that point — fix: correct "from", or order the entries by date so each starts where the previous one ended',
      ],
    );
  });

  test('a new CNI is one line, not one per cell', () => {
    assert.deepEqual(
      ruleLines('changes-explain-facts', {
        'content/cnis/gamma.yaml': FILES['content/cnis/beta.yaml']!.replace('id: beta', 'id: gamma'),
        'content/support/gamma.yaml': FILES['content/support/beta.yaml']!.replace('cni: beta', 'cni: gamma'),
      }),
      [
        'content/cnis/gamma.yaml:1 — id — cni "gamma" was added with no changelog entry — fix: record it in a content/changes/<date>-<slug>.yaml entry (npm run changes:draft prints the items): {"cni":"gamma","field":"added"}',
      ],
    );
  });
});
