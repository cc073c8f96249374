import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { barData, chartRows, parseChartState, percentOf, serializeChartState, variantGroupOf } from '../../src/lib/benchmarks.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { realDataset } from '../support/dataset.ts';

/** The source figures, kept in the repository so every clone can check the import. */
const SOURCE = join(process.cwd(), 'data', 'benchmarks-source');

describe('benchmark helpers', () => {
  test('percent of bare metal, and nothing when either value is missing', () => {
    assert.equal(percentOf(20, 40), 50);
    assert.equal(percentOf(null, 40), undefined);
    assert.equal(percentOf(20, 0), undefined);
  });
  test('variant groups', () => {
    assert.deepEqual(
      ['default', 'ebpf-wireguard', 'vpp-ipsec', 'kube-proxy-replacement', 'native-routing', 'no-hubble', 'ebpf', 'iptables'].map(variantGroupOf),
      ['default', 'encryption', 'vpp', 'service-proxy', 'routing', 'observability', 'ebpf', 'default'],
    );
  });
  test('chart state round-trips and reports what it ignores', () => {
    const { state, ignored } = parseChartState('?mode=percent&range=1&variants=encryption,ebpf');
    assert.deepEqual(state, { mode: 'percent', range: true, groups: ['encryption', 'ebpf'] });
    assert.deepEqual(ignored, []);
    assert.equal(serializeChartState(state), 'mode=percent&range=1&variants=encryption,ebpf');
    assert.deepEqual(parseChartState('mode=<b>&variants=x&q=1').ignored, [
      'mode "<b>" (use absolute or percent)',
      'variant group "x"',
      'unknown parameter "q"',
    ]);
  });
});

describe('benchmark data on the site matches the source data in data/benchmarks-source', () => {
  const ds = realDataset();
  const primary = ds.benchmarks.find((s) => s.primary)!;

  test('the primary source is the 2024 40 Gbit/s run with 23 configurations and a bare-metal baseline', () => {
    assert.equal(primary.id, 'infrabuilder-2024-40g');
    assert.equal(primary.configs.length, 23);
    assert.ok(primary.configs.some((c) => c.cni === 'baremetal'));
  });

  test('missing values are kept missing with a reason, never zero', () => {
    const missing = primary.results.filter((r) => r.median === null);
    assert.ok(missing.length > 0);
    for (const r of missing) assert.ok(r.missing && r.missing.length > 5);
    const ipsecSts = primary.results.find((r) => r.config === 'antrea-ipsec' && r.test === 'tcp-1-pod-to-service' && r.metric === 'throughput')!;
    assert.equal(ipsecSts.median, null);
  });

  test('a sample of values equals the shared CSV exactly', () => {
    const rows = parseCsv(readFileSync(join(SOURCE, 'infrabuilder-2024-40g.csv'), 'utf8'));
    const sample = rows.filter((_, i) => i % 37 === 0);
    assert.ok(sample.length > 40);
    for (const row of sample) {
      const test = Number(row.streams) === 0 ? 'idle' : `${row.protocol!.toLowerCase()}-${row.streams}-${row.path}`;
      const r = primary.results.find((x) => x.config === row.config_id && x.test === test && x.metric === row.metric && (x.role ?? '') === row.role);
      assert.ok(r, `no result for ${row.config_id} ${test} ${row.metric} ${row.role}`);
      assert.equal(r.median, row.value_median === '' ? null : Number(row.value_median), `${row.config_id} ${test} ${row.metric}`);
      assert.equal(r.max, row.value_max === '' ? null : Number(row.value_max));
    }
  });

  test("cilium TCP 1-stream pod-to-pod is charted against the same source's bare metal", () => {
    const rows = chartRows(primary, 'tcp-1-pod-to-pod', 'throughput');
    assert.equal(rows[0]!.group, 'baseline');
    const cilium = rows.find((r) => r.config === 'cilium')!;
    assert.equal(cilium.percent, percentOf(cilium.median, rows[0]!.median));
    const pct = barData(rows, { mode: 'percent', range: true, groups: ['encryption'] });
    assert.equal(pct[0]!.value, 100);
    assert.ok(
      pct.every((d) => d.baseline || /ipsec|wg|wireguard/i.test(d.label)),
      pct.map((d) => d.label).join(),
    );
    assert.ok(pct.slice(1).every((d) => d.low !== null && d.high !== null && d.low <= d.value! && d.value! <= d.high));
  });
});
