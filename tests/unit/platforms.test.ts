/**
 * Platform view data (src/lib/platforms.ts): the platform × CNI grid, which CNIs a platform lets you
 * use, and where a CNI is the default, bundled or supported. Expectations come from the stances.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDataset, type Dataset } from '../../src/lib/dataset.ts';
import { matrixHrefFor, platformsFor, stanceCounts, stanceGrid, usableCnis } from '../../src/lib/platforms.ts';
import { STANCES, type Platform, type Stance } from '../../src/schemas/platforms.ts';
import { realDataset, tinyDataset } from '../support/dataset.ts';

const src = [{ url: 'https://example.org/platform', title: 'Platform docs' }];
function platform(id: string, name: string, stances: Record<string, Stance>, modes: Platform['stances'][string]['modes'] = undefined): Platform {
  return {
    id,
    name,
    kind: 'managed',
    vendor: 'Example Inc.',
    homepage: 'https://example.org',
    docs: 'https://example.org/docs',
    summary: 's'.repeat(80),
    latest: { version: '1.34', source: 'https://example.org/releases' },
    defaults: [{ cni: Object.keys(stances).find((c) => stances[c] === 'default') ?? Object.keys(stances)[0]!, sources: src }],
    cniChange: { value: 'no', note: 'Chosen when the cluster is created.', sources: src },
    modes: modes ? [{ id: 'serverless', name: 'Serverless nodes', note: 'Serverless nodes run only the built-in plugin.', sources: src }] : [],
    stances: Object.fromEntries(
      Object.entries(stances).map(([cni, stance]) => [
        cni,
        {
          stance,
          note: `${name} takes the ${stance} stance.`,
          versions: 'all',
          sources: src,
          verified: '2026-11-01',
          ...(cni === 'beta' && modes ? { modes } : {}),
        },
      ]),
    ),
    sources: src,
    verified: '2026-11-01',
  };
}

function withPlatforms(platforms: Platform[]): Dataset {
  const base = tinyDataset({ alpha: { f1: 'yes' }, beta: { f1: 'yes' }, gamma: { f1: 'no' } });
  return buildDataset({
    cnis: base.cnis,
    categories: base.categories,
    support: Object.entries(base.support).map(([cni, features]) => ({ cni, features })),
    platforms,
  });
}

describe('platform view data', () => {
  const ds = withPlatforms([
    platform('cloud', 'Example Cloud', { alpha: 'default', beta: 'partner', gamma: 'unavailable' }, [
      { mode: 'serverless', stance: 'unavailable', note: 'Not on serverless nodes.' },
    ]),
    platform('distro', 'A Distro', { alpha: 'bundled', beta: 'default', gamma: 'compatible' }),
  ]);

  test('usable CNIs are every CNI whose stance is not unavailable; an unknown platform restricts nothing', () => {
    assert.deepEqual(usableCnis(ds, 'cloud'), ['alpha', 'beta']);
    assert.deepEqual(usableCnis(ds, 'distro'), ['alpha', 'beta', 'gamma']);
    assert.deepEqual(usableCnis(ds, 'nowhere'), ['alpha', 'beta', 'gamma']);
  });

  test('the grid has a row per platform (by name) and a cell per CNI (in column order)', () => {
    const grid = stanceGrid(ds);
    assert.deepEqual(
      grid.map((r) => r.platform.id),
      ['distro', 'cloud'],
    );
    assert.deepEqual(
      grid.map((r) => r.cells.map((c) => `${c.cni}:${c.stance.stance}`)),
      [
        ['alpha:bundled', 'beta:default', 'gamma:compatible'],
        ['alpha:default', 'beta:partner', 'gamma:unavailable'],
      ],
    );
  });

  test('a CNI profile lists the platforms where it is default, bundled, supported or partner-supported, grouped by stance', () => {
    assert.deepEqual(
      platformsFor(ds, 'alpha').map((g) => [g.stance, g.platforms.map((p) => p.platform.id)]),
      [
        ['default', ['cloud']],
        ['bundled', ['distro']],
      ],
    );
    assert.deepEqual(
      platformsFor(ds, 'beta').map((g) => [g.stance, g.platforms.map((p) => p.platform.id)]),
      [
        ['default', ['distro']],
        ['partner', ['cloud']],
      ],
    );
    assert.deepEqual(platformsFor(ds, 'gamma'), []);
    assert.deepEqual(platformsFor(ds, 'beta').find((g) => g.stance === 'partner')!.platforms[0]!.modeNotes, [
      'Serverless nodes: unavailable (Not on serverless nodes.)',
    ]);
  });

  test('stance counts add up to the number of platforms', () => {
    const counts = stanceCounts(ds, 'alpha');
    assert.deepEqual(Object.keys(counts), [...STANCES]);
    assert.equal(counts.default, 1);
    assert.equal(counts.bundled, 1);
    assert.equal(
      Object.values(counts).reduce((a, b) => a + b, 0),
      ds.platforms.length,
    );
  });

  test('the matrix link carries the platform id, encoded', () => {
    assert.equal(matrixHrefFor('eks'), '/matrix/?platform=eks');
    assert.equal(matrixHrefFor('a&b'), '/matrix/?platform=a%26b');
  });
});

describe('on the real data', () => {
  const ds = realDataset();
  test("the issue's platforms exist, and every platform has a stance for every CNI", () => {
    for (const id of ['eks', 'aks', 'gke', 'openshift', 'rke2', 'k3s', 'k0s', 'talos', 'kops', 'kubespray', 'kind', 'minikube'])
      assert.ok(
        ds.platforms.some((p) => p.id === id),
        id,
      );
    for (const p of ds.platforms) assert.deepEqual(Object.keys(p.stances).sort(), ds.cnis.map((c) => c.id).sort(), p.id);
  });

  test('usable CNIs, grid cells and profile groups agree with the stances', () => {
    const grid = stanceGrid(ds);
    assert.equal(grid.length, ds.platforms.length);
    for (const p of ds.platforms) {
      const expected = ds.cnis.filter((c) => p.stances[c.id]!.stance !== 'unavailable').map((c) => c.id);
      assert.deepEqual(usableCnis(ds, p.id), expected, p.id);
      const row = grid.find((r) => r.platform.id === p.id)!;
      assert.deepEqual(
        row.cells.map((c) => c.cni),
        ds.cnis.map((c) => c.id),
        p.id,
      );
    }
    for (const c of ds.cnis) {
      for (const g of platformsFor(ds, c.id)) {
        for (const { platform: p } of g.platforms) {
          const s = p.stances[c.id]!;
          assert.ok(s.stance === g.stance || (g.stance === 'default' && (s.modes ?? []).some((m) => m.stance === 'default')), `${c.id} on ${p.id}`);
        }
      }
      const listed = platformsFor(ds, c.id).flatMap((g) => g.platforms.map((p) => p.platform.id));
      const expected = ds.platforms.filter((p) => ['default', 'bundled', 'supported', 'partner'].includes(p.stances[c.id]!.stance)).map((p) => p.id);
      for (const id of expected) assert.ok(listed.includes(id), `${c.id}: ${id} missing from its profile`);
    }
  });
});
