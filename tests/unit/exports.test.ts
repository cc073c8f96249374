import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { benchmarksCsv, benchmarksJson, matrixCsv, matrixJson, MATRIX_CSV_HEADER } from '../../src/lib/exports.ts';
import { benchmarksDownloadSchema, jsonSchemaFor, JSON_SCHEMAS, matrixDownloadSchema } from '../../src/lib/json-schemas.ts';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';
import { realDataset } from '../support/dataset.ts';

describe('downloads', () => {
  const ds = realDataset();
  test('matrix.json follows its schema and has a value in every cell', () => {
    const json = matrixJson(ds, '2026-11-23');
    matrixDownloadSchema.parse(json);
    assert.deepEqual(
      json.cnis.map((c) => c.id),
      ds.cnis.map((c) => c.id),
    );
    for (const c of json.cnis) assert.equal(Object.keys(json.support[c.id]!).length, json.features.length);
  });
  test('matrix.csv has one row per CNI × feature and survives a round trip', () => {
    const rows = parseCsv(matrixCsv(ds));
    assert.equal(rows.length, ds.cnis.length * ds.features.length);
    assert.deepEqual(Object.keys(rows[0]!), [...MATRIX_CSV_HEADER]);
    const one = rows.find((r) => r.cni === 'cilium' && r.feature === 'wireguard')!;
    assert.equal(one.status, ds.support.cilium!.wireguard!.status);
    assert.equal(one.note, ds.support.cilium!.wireguard!.note ?? '');
  });
  test('benchmarks.json follows its schema; the CSV has a row per result', () => {
    benchmarksDownloadSchema.parse(benchmarksJson(ds, '2026-11-23'));
    assert.equal(
      parseCsv(benchmarksCsv(ds)).length,
      ds.benchmarks.reduce((n, s) => n + s.results.length, 0),
    );
  });
  test('every JSON Schema is generated', () => {
    for (const name of Object.keys(JSON_SCHEMAS))
      assert.equal((jsonSchemaFor(name) as { $schema: string }).$schema, 'https://json-schema.org/draft/2020-12/schema');
  });
});

describe('csv', () => {
  test('quotes, commas, newlines and formula-like cells', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x, "y"', '=HYPERLINK("evil")'],
        ['line\nbreak', 3],
      ],
    );
    assert.equal(text, 'a,b\r\n"x, ""y""","\'=HYPERLINK(""evil"")"\r\n"line\nbreak",3\r\n');
    assert.deepEqual(parseCsv(text), [
      { a: 'x, "y"', b: '\'=HYPERLINK("evil")' },
      { a: 'line\nbreak', b: '3' },
    ]);
  });
});
