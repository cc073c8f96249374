import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FILES, ruleLines } from '../../support/rules.ts';

describe('rule legacy-ids-distinct', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('legacy-ids-distinct'), []);
  });

  test("a legacy plugin with a CNI's id", () => {
    assert.deepEqual(
      ruleLines('legacy-ids-distinct', {
        'content/legacy-plugins/alpha.yaml': FILES['content/legacy-plugins/oldnet.yaml']!.replace('id: oldnet', 'id: alpha'),
      }),
      ['content/legacy-plugins/alpha.yaml:1 — id — "alpha" is also a CNI id — fix: profile it as a CNI or as a legacy plugin, not both'],
    );
  });
});
