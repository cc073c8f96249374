/**
 * What a migration gains and loses (src/lib/migrations.ts), computed here independently from the
 * statuses: yes > partial > no; a change to or from unknown cannot be ranked ("unclear").
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gainLoss, migrationBetween, migrationsFrom, migrationsTo } from '../../src/lib/migrations.ts';
import type { Dataset } from '../../src/lib/dataset.ts';
import type { Status } from '../../src/schemas/status.ts';
import { cell, realDataset, tinyDataset } from '../support/dataset.ts';

const LEVEL: Record<Status, number> = { no: 0, partial: 1, yes: 2, unknown: -1 };

/** Independent reference: feature ids lost, gained and unclear, in catalogue order. */
function expectedDelta(ds: Dataset, from: string, to: string) {
  const out = { losses: [] as string[], gains: [] as string[], unclear: [] as string[] };
  for (const f of ds.features) {
    const a = ds.support[from]![f.id]!.status;
    const b = ds.support[to]![f.id]!.status;
    if (a === b) continue;
    if (a === 'unknown' || b === 'unknown') out.unclear.push(f.id);
    else if (LEVEL[b] < LEVEL[a]) out.losses.push(f.id);
    else out.gains.push(f.id);
  }
  return out;
}
const ids = (d: ReturnType<typeof gainLoss>) => ({
  losses: d.losses.map((x) => x.feature.id),
  gains: d.gains.map((x) => x.feature.id),
  unclear: d.unclear.map((x) => x.feature.id),
});

describe('gain and loss between two CNIs', () => {
  const ds = tinyDataset({
    old: { f1: 'yes', f2: 'partial', f3: 'no', f4: 'yes', f5: 'unknown', f6: 'yes', f7: 'partial' },
    new: { f1: 'partial', f2: 'yes', f3: 'no', f4: 'yes', f5: 'yes', f6: cell('unknown'), f7: 'no' },
  });

  test('drops are losses, rises are gains, anything with unknown on one side is unclear', () => {
    assert.deepEqual(ids(gainLoss(ds, 'old', 'new')), { losses: ['f1', 'f7'], gains: ['f2'], unclear: ['f5', 'f6'] });
  });

  test('the reverse move swaps gains and losses', () => {
    const there = ids(gainLoss(ds, 'old', 'new'));
    const back = ids(gainLoss(ds, 'new', 'old'));
    assert.deepEqual(back, { losses: there.gains, gains: there.losses, unclear: there.unclear });
  });

  test("each delta carries both cells, so the page can show the target's note", () => {
    const [loss] = gainLoss(ds, 'old', 'new').losses;
    assert.equal(loss!.from.status, 'yes');
    assert.equal(loss!.to.status, 'partial');
    assert.equal(loss!.to.note, 'partial because of a test');
  });
});

describe('on the real data', () => {
  const ds = realDataset();
  const cniIds = new Set(ds.cnis.map((c) => c.id));

  test('every migration between two CNIs of the matrix gains and loses what the statuses say', () => {
    const between = ds.migrations.filter((m) => cniIds.has(m.from) && cniIds.has(m.to));
    assert.ok(between.length > 0);
    for (const m of between) assert.deepEqual(ids(gainLoss(ds, m.from, m.to)), expectedDelta(ds, m.from, m.to), m.id);
  });

  test('paths from and to each CNI, and between two, are the documented ones', () => {
    for (const c of ds.cnis) {
      assert.deepEqual(
        migrationsFrom(ds, c.id).map((m) => m.id),
        ds.migrations.filter((m) => m.from === c.id).map((m) => m.id),
      );
      assert.deepEqual(
        migrationsTo(ds, c.id).map((m) => m.id),
        ds.migrations.filter((m) => m.to === c.id).map((m) => m.id),
      );
    }
    assert.equal(migrationBetween(ds, 'calico', 'cilium')?.id, 'calico-to-cilium');
    for (const m of ds.migrations) {
      assert.equal(migrationBetween(ds, m.from, m.to), m);
      assert.equal(m.id, `${m.from}-to-${m.to}`);
    }
  });

  test('every archived CNI has a way out', () => {
    for (const c of ds.cnis.filter((x) => x.maintenance === 'archived')) assert.ok(migrationsFrom(ds, c.id).length > 0, c.id);
  });
});
