import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freshness, mostComparedPairs } from '../../src/lib/home.ts';
import { matrixPreview } from '../../src/lib/matrix-preview.ts';
import { cell, tinyDataset } from '../support/dataset.ts';

const ds = tinyDataset(
  {
    antrea: { f1: 'yes', f2: 'no' },
    calico: { f1: 'yes', f2: cell('partial', { verified: '2024-01-01', note: 'Only with BGP; needs a route reflector.', since: '3.2' }) },
    cilium: { f1: 'no', f2: 'yes' },
    weave: { f1: 'yes', f2: 'yes' },
  },
  { weave: { maintenance: 'archived', maintenanceNote: 'Archived in 2024.' } },
);

describe('home page answers', () => {
  test('most compared: pairs discussed together most often first, then pairs of maintained CNIs', () => {
    const pairs = mostComparedPairs(
      ds,
      [
        ['calico', 'cilium'],
        ['cilium', 'calico', 'antrea'],
      ],
      3,
    );
    assert.deepEqual(
      pairs.map((p) => [p.slug, p.mentions]),
      [
        ['calico-vs-cilium', 2],
        ['antrea-vs-calico', 1],
        ['antrea-vs-cilium', 1],
      ],
    );
    assert.equal(pairs[0]!.title, 'Calico vs Cilium');
    assert.equal(pairs[0]!.differing, 2);
    const unmentioned = mostComparedPairs(ds, [], 6);
    assert.ok(
      unmentioned.findIndex((p) => p.slug.includes('weave')) > unmentioned.findIndex((p) => p.slug === 'cilium-vs-calico' || p.slug === 'calico-vs-cilium'),
    );
  });
  test('freshness counts recent and stale cells', () => {
    const f = freshness(ds, new Date('2026-02-01T00:00:00Z'), 90);
    assert.equal(f.cells, 8);
    assert.equal(f.stale, 1);
    assert.equal(f.recent, 7);
  });
});

describe('matrix preview data', () => {
  test('one preview per CNI in column order, with the note shortened and no trailing punctuation', () => {
    const p = matrixPreview(ds);
    assert.deepEqual(p.cnis, ['antrea', 'calico', 'cilium', 'weave']);
    assert.deepEqual(p.cells.f2![1], { note: 'Only with BGP…', since: '3.2', verified: '2024-01-01', sources: 1 });
  });
});
