/**
 * The pair page's data (src/lib/compare.ts): which rows differ, and per category who is ahead on how
 * many features. Expectations are computed here from the statuses, independently of the code.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDataset, type Dataset } from '../../src/lib/dataset.ts';
import { categoryVerdict, comparePair, upstreamDifferences } from '../../src/lib/compare.ts';
import type { Status } from '../../src/schemas/status.ts';
import { cell, cniFixture, realDataset } from '../support/dataset.ts';

/** Two categories; statuses per CNI as `{ featureId: status }`, features named `<category>-<n>`. */
function twoCategories(statuses: Record<string, Record<string, Status>>): Dataset {
  const features = Object.keys(Object.values(statuses)[0]!);
  const category = (id: string) => ({
    id,
    name: id === 'net' ? 'Networking' : 'Security',
    description: 'A test category for pair pages.',
    order: id === 'net' ? 1 : 2,
    features: features
      .filter((f) => f.startsWith(`${id}-`))
      .map((f) => ({ id: f, name: `Feature ${f}`, description: 'x'.repeat(20), why: 'y'.repeat(20), keywords: [] })),
  });
  return buildDataset({
    cnis: Object.keys(statuses).map((id) => cniFixture(id)),
    categories: [category('net'), category('sec')],
    support: Object.entries(statuses).map(([cni, cells]) => ({ cni, features: Object.fromEntries(Object.entries(cells).map(([f, s]) => [f, cell(s)])) })),
  });
}

const RANK: Record<Status, number | undefined> = { yes: 2, partial: 1, no: 0, unknown: undefined };

describe('comparePair: per-category counts', () => {
  // net: alpha ahead on 2, beta ahead on 1, 1 same, 1 unclear. sec: beta ahead on 2, none for alpha.
  const ds = twoCategories({
    alpha: { 'net-1': 'yes', 'net-2': 'partial', 'net-3': 'no', 'net-4': 'yes', 'net-5': 'unknown', 'sec-1': 'no', 'sec-2': 'partial', 'sec-3': 'yes' },
    beta: { 'net-1': 'no', 'net-2': 'no', 'net-3': 'yes', 'net-4': 'yes', 'net-5': 'yes', 'sec-1': 'yes', 'sec-2': 'yes', 'sec-3': 'yes' },
  });

  test('each CNI is credited with its own wins', () => {
    const { categories } = comparePair(ds, 'alpha', 'beta');
    assert.deepEqual(
      categories.map(({ category, aAhead, bAhead, same, unclear }) => ({ category, aAhead, bAhead, same, unclear })),
      [
        { category: 'net', aAhead: 2, bAhead: 1, same: 1, unclear: 1 },
        { category: 'sec', aAhead: 0, bAhead: 2, same: 1, unclear: 0 },
      ],
    );
  });

  test('swapping the two CNIs swaps the counts', () => {
    const ab = comparePair(ds, 'alpha', 'beta').categories;
    const ba = comparePair(ds, 'beta', 'alpha').categories;
    assert.deepEqual(
      ba.map((c) => [c.aAhead, c.bAhead]),
      ab.map((c) => [c.bAhead, c.aAhead]),
    );
  });

  test('the verdict line names the CNI that is ahead, with its own count', () => {
    const [net, sec] = comparePair(ds, 'alpha', 'beta').categories;
    assert.equal(categoryVerdict(net!, 'Alpha', 'Beta'), 'Alpha ahead on 2; Beta ahead on 1');
    assert.equal(categoryVerdict(sec!, 'Alpha', 'Beta'), 'Beta ahead on 2');
    assert.equal(categoryVerdict({ aAhead: 0, bAhead: 0 }, 'Alpha', 'Beta'), 'Even');
  });

  test('on the real data, every category of every pair counts wins by yes > partial > no', () => {
    const real = realDataset();
    const pairs: [string, string][] = [];
    for (const a of real.cnis) for (const b of real.cnis) if (a.id < b.id) pairs.push([a.id, b.id]);
    for (const [a, b] of pairs) {
      const { categories } = comparePair(real, a, b);
      for (const c of categories) {
        const feats = real.features.filter((f) => f.category === c.category);
        const ranks = feats.map((f) => [RANK[real.support[a]![f.id]!.status], RANK[real.support[b]![f.id]!.status]] as const);
        const aAhead = ranks.filter(([x, y]) => x !== undefined && y !== undefined && x > y).length;
        const bAhead = ranks.filter(([x, y]) => x !== undefined && y !== undefined && y > x).length;
        assert.deepEqual([c.aAhead, c.bAhead], [aAhead, bAhead], `${a} vs ${b}, ${c.category}`);
        assert.equal(c.aAhead + c.bAhead + c.same + c.unclear, feats.length, `${a} vs ${b}, ${c.category}`);
      }
    }
  });
});

describe('comparePair: differing and shared rows', () => {
  test('a row differs exactly when the two statuses differ', () => {
    const ds = twoCategories({
      alpha: { 'net-1': 'yes', 'net-2': 'unknown', 'sec-1': 'partial', 'sec-2': 'no' },
      beta: { 'net-1': 'yes', 'net-2': 'unknown', 'sec-1': 'yes', 'sec-2': 'no' },
    });
    const cmp = comparePair(ds, 'alpha', 'beta');
    assert.deepEqual(
      cmp.differing.map((r) => r.feature.id),
      ['sec-1'],
    );
    assert.deepEqual(
      cmp.shared.map((r) => r.feature.id),
      ['net-1', 'net-2', 'sec-2'],
    );
  });

  test('on the real data, calico vs cilium differ exactly where their statuses do', () => {
    const real = realDataset();
    const expected = real.features.filter((f) => real.support.calico![f.id]!.status !== real.support.cilium![f.id]!.status).map((f) => f.id);
    const cmp = comparePair(real, 'calico', 'cilium');
    assert.deepEqual(
      cmp.differing.map((r) => r.feature.id),
      expected,
    );
    assert.ok(cmp.shared.length > 0, 'calico and cilium share some statuses');
  });
});

describe('upstreamDifferences: a managed build against its upstream', () => {
  test('lists exactly the features whose status or qualifiers differ', () => {
    const ds = twoCategories({ up: { 'net-1': 'yes', 'net-2': 'yes', 'sec-1': 'no' }, build: { 'net-1': 'yes', 'net-2': 'no', 'sec-1': 'no' } });
    ds.support.build!['sec-1'] = cell('no', {});
    ds.support.build!['net-1'] = cell('yes', { default: 'off' });
    assert.deepEqual(
      upstreamDifferences(ds, 'build', 'up').map((d) => [d.feature.id, d.edge]),
      [
        ['net-1', 'same'],
        ['net-2', 'b'],
      ],
    );
  });

  test('on the real data, each managed build differs from its upstream where its cells do', () => {
    const real = realDataset();
    for (const build of real.cnis.filter((c) => c.basedOn)) {
      const differs = upstreamDifferences(real, build.id, build.basedOn!).map((d) => d.feature.id);
      const statusDiff = real.features.filter((f) => real.support[build.id]![f.id]!.status !== real.support[build.basedOn!]![f.id]!.status).map((f) => f.id);
      for (const id of statusDiff) assert.ok(differs.includes(id), `${build.id}: ${id} differs in status but is not listed`);
    }
  });
});
