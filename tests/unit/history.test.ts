/**
 * The history of a fact (src/lib/history.ts): a cell's timeline on feature pages, and "what arrived
 * in each release" on /cni/<id>/releases/, built from `since` and history.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { arrivalsByRelease, compareVersions, timeline } from '../../src/lib/history.ts';
import { cell, realDataset, tinyDataset } from '../support/dataset.ts';

const src = [{ url: 'https://example.org/notes', title: 'Release notes' }];

describe('timeline of one cell', () => {
  test('earlier states first, then the current one; periods from since/until', () => {
    const c = cell('yes', { since: '1.16', history: [{ status: 'no', until: '1.16', sources: src }] });
    assert.deepEqual(
      timeline(c).map((s) => [s.status, s.period, s.current]),
      [
        ['no', 'until 1.16', false],
        ['yes', '1.16 – now', true],
      ],
    );
  });

  test('preview then stable: each step keeps its qualifiers and its own sources', () => {
    const c = cell('yes', { history: [{ status: 'partial', maturity: 'beta', since: '1.14', until: '1.16', note: 'Beta in 1.14 and 1.15.', sources: src }] });
    const steps = timeline(c);
    assert.deepEqual(
      steps.map((s) => [s.status, s.period, s.labels]),
      [
        ['partial', '1.14 – 1.16', ['Beta']],
        ['yes', '1.16 – now', []],
      ],
    );
    assert.equal(steps[0]!.note, 'Beta in 1.14 and 1.15.');
    assert.deepEqual(steps[0]!.sources, src);
  });

  test('a change dated rather than versioned (a managed service)', () => {
    const c = cell('partial', { scope: 'Standard clusters only', history: [{ status: 'no', date: '2025-03-01', sources: src }] });
    assert.deepEqual(
      timeline(c).map((s) => s.period),
      ['until 2025-03-01', '2025-03-01 – now'],
    );
    assert.deepEqual(timeline(c)[1]!.labels, ['Standard clusters only']);
  });

  test('a cell without history is one current step', () => {
    assert.deepEqual(
      timeline(cell('no')).map((s) => [s.status, s.period, s.current]),
      [['no', 'now', true]],
    );
  });
});

describe('what arrived in each release', () => {
  test('versions compare numerically', () => {
    assert.ok(compareVersions('1.10', '1.9') > 0);
    assert.ok(compareVersions('1.16.0', '1.16') === 0);
    assert.ok(compareVersions('3.27', '3.31') < 0);
  });

  test('since, history steps and changes are grouped by release, newest first', () => {
    const ds = tinyDataset({
      alpha: {
        f1: cell('yes', { since: '1.9' }),
        f2: cell('yes', { since: '1.16', history: [{ status: 'no', until: '1.16', sources: src }] }),
        f3: cell('yes', { history: [{ status: 'partial', maturity: 'beta', since: '1.10', until: '1.16', note: 'Beta before 1.16.', sources: src }] }),
        f4: cell('no', { since: '1.2' }),
        f5: cell('yes'),
      },
    });
    const arrivals = arrivalsByRelease(ds, 'alpha');
    assert.deepEqual(
      arrivals.map((a) => a.version),
      ['1.16', '1.10', '1.9'],
    );
    const at = (v: string) => arrivals.find((a) => a.version === v)!.items.map((i) => [i.feature.id, i.kind, i.status]);
    assert.deepEqual(at('1.16'), [
      ['f2', 'arrived', 'yes'],
      ['f3', 'changed', 'yes'],
    ]);
    assert.deepEqual(at('1.10'), [['f3', 'arrived', 'partial']]);
    assert.deepEqual(at('1.9'), [['f1', 'arrived', 'yes']]);
  });

  test('on the real data, every yes/partial cell with a since and no history appears under its release', () => {
    const ds = realDataset();
    for (const cni of ds.cnis) {
      const arrivals = arrivalsByRelease(ds, cni.id);
      for (const f of ds.features) {
        const c = ds.support[cni.id]![f.id]!;
        if (c.history?.length || !c.since || c.status === 'no' || c.status === 'unknown') continue;
        const group = arrivals.find((a) => a.version === c.since);
        assert.ok(
          group?.items.some((i) => i.feature.id === f.id),
          `${cni.id} × ${f.id} since ${c.since}`,
        );
      }
      for (let i = 1; i < arrivals.length; i++) assert.ok(compareVersions(arrivals[i - 1]!.version, arrivals[i]!.version) > 0, `${cni.id}: newest first`);
    }
  });
});
