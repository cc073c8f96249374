import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule archived-cnis-have-migration', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('archived-cnis-have-migration'), []);
  });

  test('an archived CNI without a way out', () => {
    assert.deepEqual(
      ruleLines(
        'archived-cnis-have-migration',
        edit('content/cnis/beta.yaml', 'maintenance: active', 'maintenance: archived\nmaintenanceNote: Archived in 2025 by its maintainers.'),
      ),
      [
        'content/cnis/beta.yaml:13 — maintenance — "beta" is archived but no migration leads away from it — fix: add content/migrations/beta-to-<cni>.yaml (method: rebuild, with a source, where no guide exists)',
      ],
    );
  });
});
