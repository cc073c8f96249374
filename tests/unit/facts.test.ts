/**
 * The published facts as key → value pairs and the replay of the changelog over a baseline
 * (src/lib/facts.ts): what the `changes-explain-facts` rule and `npm run changes:draft` rely on.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf, itemFor, keyOfItem, LISTED, replay, unexplained } from '../../src/lib/facts.ts';

const before = factsOf({
  cnis: ['alpha', 'beta'],
  features: ['f1'],
  platforms: ['cloud'],
  cells: { alpha: { f1: { status: 'yes', note: 'not a fact', verified: '2026-01-01' } }, beta: { f1: { status: 'partial', nodes: 'linux-only' } } },
  stances: { cloud: { alpha: 'default', beta: 'compatible' } },
});

describe('facts of the data', () => {
  test('entities are listed; cells give their status and qualifiers only; stances their value', () => {
    assert.deepEqual(Object.fromEntries(before), {
      'cni/alpha': LISTED,
      'cni/beta': LISTED,
      'feature/f1': LISTED,
      'platform/cloud': LISTED,
      'cell/alpha/f1/status': 'yes',
      'cell/beta/f1/status': 'partial',
      'cell/beta/f1/nodes': 'linux-only',
      'stance/cloud/alpha': 'default',
      'stance/cloud/beta': 'compatible',
    });
  });
});

describe('replaying the changelog', () => {
  const after = new Map(before);
  after.set('cell/beta/f1/status', 'yes');
  after.delete('cell/beta/f1/nodes');
  after.set('stance/cloud/beta', 'supported');

  test('entries that describe every change leave nothing unexplained', () => {
    const entries = [
      {
        changes: [
          { cni: 'beta', feature: 'f1', field: 'status', from: 'partial', to: 'yes' },
          { cni: 'beta', feature: 'f1', field: 'nodes', from: 'linux-only' },
          { platform: 'cloud', cni: 'beta', field: 'stance', from: 'compatible', to: 'supported' },
        ],
      },
    ];
    const { expected, mismatches } = replay(before, entries, after);
    assert.deepEqual(mismatches, []);
    assert.deepEqual(unexplained(expected, after), []);
  });

  test('a change without an entry is unexplained, in both directions (changed and removed)', () => {
    const { expected } = replay(before, [{ changes: [{ platform: 'cloud', cni: 'beta', field: 'stance', from: 'compatible', to: 'supported' }] }], after);
    assert.deepEqual(unexplained(expected, after), [
      { key: 'cell/beta/f1/nodes', from: 'linux-only', to: undefined },
      { key: 'cell/beta/f1/status', from: 'partial', to: 'yes' },
    ]);
  });

  test('an entry whose "from" is not the value at that point is a mismatch naming both', () => {
    const { mismatches } = replay(before, [{ changes: [{ cni: 'alpha', feature: 'f1', field: 'status', from: 'no', to: 'yes' }] }], before);
    assert.equal(mismatches.length, 1);
    assert.deepEqual([mismatches[0]!.entry, mismatches[0]!.item], [0, 0]);
    assert.match(mismatches[0]!.message, /"no".*"yes"/);
  });

  test('an added CNI brings its cells and stances; a removed one takes them away', () => {
    const withGamma = new Map(before);
    withGamma.set('cni/gamma', LISTED);
    withGamma.set('cell/gamma/f1/status', 'no');
    withGamma.set('stance/cloud/gamma', 'unavailable');
    const added = replay(before, [{ changes: [{ cni: 'gamma', field: 'added' }] }], withGamma);
    assert.deepEqual(unexplained(added.expected, withGamma), []);
    const removed = replay(withGamma, [{ changes: [{ cni: 'gamma', field: 'removed' }] }], before);
    assert.deepEqual(unexplained(removed.expected, before), []);
  });

  test('entries replay in order: a later entry starts where the earlier one ended', () => {
    const twice = new Map(before);
    twice.set('cell/alpha/f1/status', 'no');
    const entries = [
      { changes: [{ cni: 'alpha', feature: 'f1', field: 'status', from: 'yes', to: 'partial' }] },
      { changes: [{ cni: 'alpha', feature: 'f1', field: 'status', from: 'partial', to: 'no' }] },
    ];
    const { expected, mismatches } = replay(before, entries, twice);
    assert.deepEqual(mismatches, []);
    assert.deepEqual(unexplained(expected, twice), []);
  });
});

describe('drafting an entry for a difference', () => {
  test('itemFor gives the item that explains each kind of difference, and keyOfItem maps it back', () => {
    const cellDiff = { key: 'cell/beta/f1/status', from: 'partial', to: 'yes' };
    assert.deepEqual(itemFor(cellDiff), { cni: 'beta', feature: 'f1', field: 'status', from: 'partial', to: 'yes' });
    assert.equal(keyOfItem(itemFor(cellDiff)), cellDiff.key);
    const stanceDiff = { key: 'stance/cloud/beta', from: 'compatible', to: 'supported' };
    assert.deepEqual(itemFor(stanceDiff), { platform: 'cloud', cni: 'beta', field: 'stance', from: 'compatible', to: 'supported' });
    assert.equal(keyOfItem(itemFor(stanceDiff)), stanceDiff.key);
    assert.deepEqual(itemFor({ key: 'cell/beta/f1/nodes', from: 'linux-only' }), { cni: 'beta', feature: 'f1', field: 'nodes', from: 'linux-only' });
    assert.deepEqual(itemFor({ key: 'cni/gamma', to: LISTED }), { cni: 'gamma', field: 'added' });
    assert.deepEqual(itemFor({ key: 'platform/cloud', from: LISTED }), { platform: 'cloud', field: 'removed' });
    assert.deepEqual(itemFor({ key: 'feature/f9', to: LISTED }), { feature: 'f9', field: 'added' });
  });

  test('items drafted from every difference make the replay explain everything', () => {
    const after = new Map(before);
    after.set('cell/alpha/f1/maturity', 'beta');
    after.set('cell/alpha/f1/status', 'partial');
    after.delete('stance/cloud/alpha');
    const diffs = unexplained(before, after);
    const { expected, mismatches } = replay(before, [{ changes: diffs.map(itemFor) }], after);
    assert.deepEqual(mismatches, []);
    assert.deepEqual(unexplained(expected, after), []);
  });
});
