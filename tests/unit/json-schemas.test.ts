/**
 * The published JSON Schemas (/data/schemas/*.json), checked with a real JSON Schema validator (Ajv,
 * draft 2020-12): they accept every real download and content file, and reject what the data check
 * rejects (a partial cell without a note or a limiting qualifier, a `javascript:` URL, a missing cell,
 * a platform without a stance for a CNI). A schema that accepts anything fails here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonSchemaFor, JSON_SCHEMAS, type SchemaIds } from '../../src/lib/json-schemas.ts';
import { JSON_DOWNLOADS } from '../../src/lib/exports.ts';
import { loadContent } from '../../src/lib/content-check/load.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/schemas/collections.ts';
import { compileSchema, schemaErrors } from '../support/json-schema.ts';
import { realDataset } from '../support/dataset.ts';
import { resolve } from 'node:path';

const ds = realDataset();
const ids: SchemaIds = { features: ds.features.map((f) => f.id), cnis: ds.cnis.map((c) => c.id) };
const GENERATED = '2026-12-01';
/** Data as a JSON reader sees it (YAML dates and undefined keys gone). */
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const validator = (name: string) => compileSchema(jsonSchemaFor(name, ids));
const contentDir = resolve(process.env.CNI_CONTENT_DIR ?? 'content');
const raw = loadContent(process.cwd(), contentDir).entries;

describe('JSON Schemas accept the real data', () => {
  for (const [name, build] of Object.entries(JSON_DOWNLOADS)) {
    test(`/data/${name}.json validates against /data/schemas/${name}.json`, () => {
      assert.ok(name in JSON_SCHEMAS, `no JSON Schema named ${name}`);
      assert.deepEqual(schemaErrors(validator(name), json(build(ds, GENERATED))), []);
    });
  }
  for (const collection of COLLECTION_NAMES) {
    const def = COLLECTIONS[collection];
    test(`every content/${def.folder}/ file validates against /data/schemas/${def.jsonSchema}.json`, () => {
      const validate = validator(def.jsonSchema);
      const files = raw[collection];
      assert.ok(files.length > 0, `no ${collection} files found`);
      for (const entry of files) assert.deepEqual(schemaErrors(validate, json(entry.raw)), [], entry.file);
    });
  }
});

/** A real cell of the given status, as published, that the schema accepts. */
function realCell(status: string, where: (cell: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  const matrix = json(JSON_DOWNLOADS.matrix(ds, GENERATED));
  for (const cells of Object.values(matrix.support))
    for (const cell of Object.values(cells)) if (cell.status === status && where(cell as Record<string, unknown>)) return cell as Record<string, unknown>;
  throw new Error(`no ${status} cell in the data`);
}
const without = (obj: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));
const LIMITING = ['maturity', 'nodes', 'scope', 'gap', 'excludes'];

describe('JSON Schemas reject what the data check rejects', () => {
  const cellSchema = validator('support-cell');

  test('a partial cell without a note', () => {
    const good = realCell('partial');
    assert.deepEqual(schemaErrors(cellSchema, good), [], 'the untouched cell is valid');
    assert.notDeepEqual(schemaErrors(cellSchema, without(good, 'note')), []);
  });

  test('a partial cell without a limiting qualifier (maturity alpha/beta, nodes, scope, gap, excludes)', () => {
    const good = realCell('partial');
    assert.notDeepEqual(schemaErrors(cellSchema, without(good, ...LIMITING)), []);
    // And the other way round: a yes cell that carries one is rejected too.
    const yes = realCell('yes', (c) => !LIMITING.some((k) => k in c));
    assert.deepEqual(schemaErrors(cellSchema, yes), []);
    assert.notDeepEqual(schemaErrors(cellSchema, { ...yes, nodes: 'linux-only' }), []);
  });

  test('a javascript: URL (and other schemes) in a source', () => {
    const good = realCell('yes');
    const sources = good.sources as { url: string; title: string }[];
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/x', '//example.org/x']) {
      assert.notDeepEqual(schemaErrors(cellSchema, { ...good, sources: [{ ...sources[0], url }] }), [], url);
    }
  });

  test('a support file missing one cell, or with a cell for an unknown feature', () => {
    const file = raw.support[0]!;
    const data = json(file.raw) as { features: Record<string, unknown> };
    const validate = validator('support');
    assert.deepEqual(schemaErrors(validate, data), [], file.file);
    const [first] = Object.keys(data.features);
    assert.notDeepEqual(schemaErrors(validate, { ...data, features: without(data.features, first!) }), []);
    assert.notDeepEqual(schemaErrors(validate, { ...data, features: { ...data.features, 'no-such-feature': data.features[first!] } }), []);
  });

  test('the matrix download missing one cell or one CNI', () => {
    const matrix = json(JSON_DOWNLOADS.matrix(ds, GENERATED));
    const validate = validator('matrix');
    const cni = ds.cnis[0]!.id;
    const feature = ds.features[0]!.id;
    const missingCell = json(matrix);
    delete missingCell.support[cni]![feature];
    assert.notDeepEqual(schemaErrors(validate, missingCell), []);
    const missingCni = json(matrix);
    delete missingCni.support[cni];
    assert.notDeepEqual(schemaErrors(validate, missingCni), []);
  });

  test('a platform file without a stance for one CNI', () => {
    const file = raw.platforms[0]!;
    const data = json(file.raw) as { stances: Record<string, unknown> };
    const validate = validator('platform');
    assert.deepEqual(schemaErrors(validate, data), [], file.file);
    assert.notDeepEqual(schemaErrors(validate, { ...data, stances: without(data.stances, ids.cnis[0]!) }), []);
  });

  test('the platforms download with a platform that lacks a stance for one CNI', () => {
    const download = json(JSON_DOWNLOADS.platforms(ds, GENERATED));
    const validate = validator('platforms');
    delete (download.platforms[0]!.stances as Record<string, unknown>)[ids.cnis[0]!];
    assert.notDeepEqual(schemaErrors(validate, download), []);
  });

  test('every schema rejects a value of the wrong type at its root', () => {
    for (const name of Object.keys(JSON_SCHEMAS)) assert.notDeepEqual(schemaErrors(validator(name), 'not an object'), [], name);
  });
});
