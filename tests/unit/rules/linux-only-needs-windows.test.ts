import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule linux-only-needs-windows', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('linux-only-needs-windows'), []);
  });

  test('linux-only in a plugin that does not network Windows nodes', () => {
    assert.deepEqual(
      ruleLines(
        'linux-only-needs-windows',
        edit('content/support/alpha.yaml', '    gap: egress to fixed names only\n', '    gap: egress to fixed names only\n    nodes: linux-only\n'),
      ),
      [
        'content/support/alpha.yaml:12 — features.dns-policy.nodes — "linux-only" in a plugin that does not network Windows nodes (its windows-nodes cell is "missing") — fix: remove nodes: linux-only; every feature of a Linux-only plugin is Linux-only',
      ],
    );
  });
});
