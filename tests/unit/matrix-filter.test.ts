import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_QUERY_LENGTH,
  cnisOnPlatform,
  parseMatrixState,
  serializeMatrixState,
  shownCnis,
  visibleRowIds,
  EMPTY_STATE,
  type MatrixRowData,
} from '../../src/lib/matrix-filter.ts';
import { cellOf } from '../../src/lib/dataset.ts';
import { realDataset } from '../support/dataset.ts';

const known = { cnis: ['calico', 'cilium', 'flannel'], categories: ['policy', 'encryption'] };
const rows: MatrixRowData[] = [
  { id: 'wireguard', category: 'encryption', text: 'wireguard encryption wg', statuses: { calico: 'yes', cilium: 'yes', flannel: 'yes' } },
  { id: 'ipsec', category: 'encryption', text: 'ipsec esp', statuses: { calico: 'no', cilium: 'yes', flannel: 'partial' } },
  { id: 'dns-policy', category: 'policy', text: 'dns policy fqdn', statuses: { calico: 'no', cilium: 'yes', flannel: 'no' } },
  { id: 'network-policy', category: 'policy', text: 'kubernetes networkpolicy', statuses: { calico: 'yes', cilium: 'yes', flannel: 'partial' } },
];

describe('matrix URL state', () => {
  test('reads the documented example and writes it back identically', () => {
    const q = 'cni=calico,cilium&category=policy,encryption&diff=1&q=wire';
    const { state, ignored } = parseMatrixState(`?${q}`, known);
    assert.deepEqual(state, { cnis: ['calico', 'cilium'], categories: ['policy', 'encryption'], diff: true, common: false, q: 'wire', platform: '' });
    assert.deepEqual(ignored, []);
    assert.equal(serializeMatrixState(state), q);
  });

  test('ignores unknown ids, keys and values, and says so', () => {
    const { state, ignored } = parseMatrixState('cni=calico,weave,<script>&category=nope&diff=yes&zzz=1', known);
    assert.deepEqual(state.cnis, ['calico']);
    assert.deepEqual(state.categories, []);
    assert.equal(state.diff, false);
    assert.deepEqual(ignored, [
      'unknown CNI id "weave"',
      'unknown CNI id "<script>"',
      'unknown category id "nope"',
      'value "yes" for diff (use 1 or 0)',
      'unknown parameter "zzz"',
    ]);
  });

  test('repeated keys merge, duplicates collapse, long text is cut and reported', () => {
    const { state, ignored } = parseMatrixState(`cni=calico&cni=cilium,calico&q=${'x'.repeat(10_000)}`, known);
    assert.deepEqual(state.cnis, ['calico', 'cilium']);
    assert.equal(state.q.length, MAX_QUERY_LENGTH);
    assert.deepEqual(ignored, [`search text beyond ${MAX_QUERY_LENGTH} characters`]);
  });
});

describe('matrix filtering', () => {
  const all = known.cnis;
  test('no filters shows every row', () =>
    assert.deepEqual(
      visibleRowIds(rows, { cnis: [], categories: [], diff: false, common: false, q: '' }, all),
      rows.map((r) => r.id),
    ));
  test('diff keeps rows where the chosen CNIs differ', () =>
    assert.deepEqual(visibleRowIds(rows, { cnis: ['calico', 'cilium'], categories: [], diff: true, common: false, q: '' }, all), ['ipsec', 'dns-policy']));
  test('common keeps rows every chosen CNI supports, partial included', () =>
    assert.deepEqual(visibleRowIds(rows, { cnis: ['cilium', 'flannel'], categories: [], diff: false, common: true, q: '' }, all), [
      'wireguard',
      'ipsec',
      'network-policy',
    ]));
  test('category and text combine', () =>
    assert.deepEqual(visibleRowIds(rows, { cnis: [], categories: ['policy'], diff: false, common: false, q: 'FQDN' }, all), ['dns-policy']));
  test('every word of the text must match', () =>
    assert.deepEqual(visibleRowIds(rows, { cnis: [], categories: [], diff: false, common: false, q: 'dns nothing' }, all), []));

  test('on the real data, calico vs cilium diff equals the rows whose statuses differ', () => {
    const ds = realDataset();
    const realRows: MatrixRowData[] = ds.features.map((f) => ({
      id: f.id,
      category: f.category,
      text: f.name.toLowerCase(),
      statuses: Object.fromEntries(ds.cnis.map((c) => [c.id, cellOf(ds, c.id, f.id).status])),
    }));
    const expected = ds.features.filter((f) => cellOf(ds, 'calico', f.id).status !== cellOf(ds, 'cilium', f.id).status).map((f) => f.id);
    assert.ok(expected.length > 0);
    assert.deepEqual(
      visibleRowIds(
        realRows,
        { cnis: ['calico', 'cilium'], categories: [], diff: true, common: false, q: '' },
        ds.cnis.map((c) => c.id),
      ),
      expected,
    );
  });
});

describe('platform filter', () => {
  const platforms = ['eks', 'gke'];
  const stances = { calico: 'supported', cilium: 'default', flannel: 'unavailable' };
  test('?platform=<id> round-trips and is reported when unknown, like other unknown values', () => {
    const { state, ignored } = parseMatrixState('platform=eks&cni=calico', { ...known, platforms });
    assert.equal(state.platform, 'eks');
    assert.deepEqual(ignored, []);
    assert.equal(serializeMatrixState(state), 'cni=calico&platform=eks');
    const bad = parseMatrixState('platform=nosuch', { ...known, platforms });
    assert.equal(bad.state.platform, '');
    assert.deepEqual(bad.ignored, ['unknown platform id "nosuch"']);
  });
  test('a repeated platform keeps the last known one', () =>
    assert.equal(parseMatrixState('platform=eks&platform=gke', { ...known, platforms }).state.platform, 'gke'));
  test('usable CNIs are those whose stance is not "unavailable"; a CNI with no stance is not claimed usable', () => {
    assert.deepEqual(cnisOnPlatform(stances, ['calico', 'cilium', 'flannel']), ['calico', 'cilium']);
    assert.deepEqual(cnisOnPlatform({ calico: 'compatible' }, ['calico', 'cilium']), ['calico']);
  });
  test('shown columns: chosen CNIs (all when none) narrowed to the platform, in column order', () => {
    const usable = cnisOnPlatform(stances, known.cnis);
    assert.deepEqual(shownCnis({ ...EMPTY_STATE, platform: 'eks' }, known.cnis, usable), ['calico', 'cilium']);
    assert.deepEqual(shownCnis({ ...EMPTY_STATE, cnis: ['flannel', 'cilium'], platform: 'eks' }, known.cnis, usable), ['cilium']);
    assert.deepEqual(shownCnis({ ...EMPTY_STATE, cnis: ['flannel', 'cilium'] }, known.cnis, usable), ['cilium', 'flannel']);
  });
  test('"only differences" compares the CNIs the platform leaves', () => {
    // calico and cilium differ on ipsec and dns-policy; flannel (unavailable) must not add network-policy.
    const usable = cnisOnPlatform(stances, known.cnis);
    assert.deepEqual(visibleRowIds(rows, { ...EMPTY_STATE, diff: true, platform: 'eks' }, known.cnis, usable), ['ipsec', 'dns-policy']);
    assert.deepEqual(visibleRowIds(rows, { ...EMPTY_STATE, diff: true }, known.cnis, usable), ['ipsec', 'dns-policy', 'network-policy']);
  });
});

import { forNotice, listParam } from '../../src/lib/url-params.ts';
describe('shared URL parameter helpers', () => {
  test('lists merge commas and repeated keys, trimmed, without empties', () =>
    assert.deepEqual(listParam(new URLSearchParams('k=a, b,&k=c&k='), 'k'), ['a', 'b', 'c']));
  test('notice values lose control characters and are cut at 40', () => {
    assert.equal(forNotice('a\u0000b\u0085c'), 'abc');
    assert.equal(forNotice('x'.repeat(50)), `${'x'.repeat(37)}…`);
  });
});
