/**
 * JSON Schema for each collection (from the registry) and each download, generated from the zod
 * schemas. What zod checks in code (a partial cell needs a note and a limiting qualifier, every feature
 * needs a cell, every CNI a stance) is added as JSON Schema conditions, so the published schemas are as
 * strict as the data check.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES } from '../schemas/collections.ts';
import { supportCellSchema, historyEntrySchema } from '../schemas/support.ts';
import { benchmarkSourceSchema, benchmarkResultSchema, benchmarkConfigSchema } from '../schemas/benchmarks.ts';
import { platformSchema } from '../schemas/platforms.ts';
import { releasesSchema } from '../schemas/releases.ts';
import { migrationSchema } from '../schemas/migrations.ts';
import { legacyPluginSchema } from '../schemas/legacy-plugins.ts';
import { changeEntrySchema } from '../schemas/changes.ts';
import { cniSchema } from '../schemas/cnis.ts';
import { STATUSES } from '../schemas/status.ts';
import { idSchema, isoDateSchema, sourceSchema, urlSchema } from '../schemas/common.ts';
import { qualifierFields } from '../schemas/support.ts';

/** The cell as published in /data/matrix.json. */
export const matrixCellSchema = z.object({
  status: z.enum(STATUSES),
  ...qualifierFields,
  note: z.string().optional(),
  since: z.string().optional(),
  commercial: z.literal(true).optional(),
  providedBy: z.string().optional(),
  sources: z.array(sourceSchema),
  verified: isoDateSchema,
  history: z.array(historyEntrySchema).optional(),
});

/** The shape of /data/matrix.json. */
export const matrixDownloadSchema = z.object({
  generated: z.iso.date(),
  verifiedAsOf: z.iso.date(),
  cnis: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      version: z.string(),
      released: z.string(),
      maintenance: z.string(),
      maintenanceNote: z.string().optional(),
      cncf: z.string(),
      kind: z.string(),
      combines: z.array(idSchema).optional(),
      basedOn: idSchema.optional(),
      managed: cniSchema.shape.managed,
      license: z.string(),
      homepage: urlSchema,
      repository: urlSchema,
    }),
  ),
  categories: z.array(z.object({ id: idSchema, name: z.string() })),
  features: z.array(z.object({ id: idSchema, name: z.string(), category: idSchema, description: z.string() })),
  support: z.record(z.string(), z.record(z.string(), matrixCellSchema)),
});

/** The shape of /data/benchmarks.json. */
export const benchmarksDownloadSchema = z.object({
  generated: z.iso.date(),
  sources: z.array(benchmarkSourceSchema.omit({ results: true }).extend({ configs: z.array(benchmarkConfigSchema) })),
  results: z.array(
    z.intersection(
      z.object({ source: idSchema, cni: z.string().nullable(), variant: z.string().nullable(), version: z.string().nullable() }),
      benchmarkResultSchema,
    ),
  ),
});

export const platformsDownloadSchema = z.object({ generated: z.iso.date(), platforms: z.array(platformSchema) });
export const releasesDownloadSchema = z.object({
  generated: z.iso.date(),
  subjects: z.array(releasesSchema.extend({ supportedToday: z.array(z.string()), supportBasis: z.string() })),
});
export const migrationsDownloadSchema = z.object({ generated: z.iso.date(), legacyPlugins: z.array(legacyPluginSchema), migrations: z.array(migrationSchema) });
export const changesDownloadSchema = z.object({ generated: z.iso.date(), changes: z.array(changeEntrySchema) });

interface SchemaEntry {
  title: string;
  schema: z.ZodType;
  describes: string;
}

const DOWNLOADS: Record<string, SchemaEntry> = {
  matrix: { title: 'CNI Compare matrix download', schema: matrixDownloadSchema, describes: '/data/matrix.json' },
  benchmarks: { title: 'CNI Compare benchmarks download', schema: benchmarksDownloadSchema, describes: '/data/benchmarks.json' },
  platforms: { title: 'CNI Compare platforms download', schema: platformsDownloadSchema, describes: '/data/platforms.json' },
  releases: { title: 'CNI Compare releases download', schema: releasesDownloadSchema, describes: '/data/releases.json' },
  migrations: { title: 'CNI Compare migrations download', schema: migrationsDownloadSchema, describes: '/data/migrations.json' },
  changes: { title: 'CNI Compare changes download', schema: changesDownloadSchema, describes: '/data/changes.json' },
  'support-cell': { title: 'One support cell', schema: supportCellSchema, describes: 'each entry under features: in a support file' },
};

/** Every published JSON Schema: one per collection of the registry, then the downloads. */
export const JSON_SCHEMAS: Record<string, SchemaEntry> = {
  ...Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const def = COLLECTIONS[name];
      return [
        def.jsonSchema,
        { title: `${def.title} (content/${def.folder}/${def.pattern})`, schema: def.schema, describes: `content/${def.folder}/${def.pattern}` },
      ];
    }),
  ),
  ...DOWNLOADS,
};

/** Ids the schemas must list as required keys (every feature needs a cell, every CNI a stance). */
export interface SchemaIds {
  features: readonly string[];
  cnis: readonly string[];
}

type Json = Record<string, unknown>;

const LIMITING = [
  { required: ['maturity'], properties: { maturity: { enum: ['alpha', 'beta'] } } },
  { required: ['nodes'] },
  { required: ['scope'] },
  { required: ['gap'] },
  { required: ['excludes'] },
];

/** The methodology's conditions on a cell, as JSON Schema. */
const CELL_CONDITIONS = [
  { if: { properties: { status: { enum: ['partial', 'unknown'] } }, required: ['status'] }, then: { required: ['note'] } },
  {
    if: { properties: { status: { enum: ['yes', 'partial', 'no'] } }, required: ['status'] },
    then: { required: ['sources'], properties: { sources: { minItems: 1 } } },
  },
  { if: { properties: { status: { const: 'partial' } }, required: ['status'] }, then: { anyOf: LIMITING } },
  { if: { properties: { status: { const: 'yes' } }, required: ['status'] }, then: { not: { anyOf: LIMITING } } },
  {
    if: { properties: { status: { enum: ['no', 'unknown'] } }, required: ['status'] },
    then: {
      not: {
        anyOf: [
          { required: ['maturity'] },
          { required: ['default'] },
          { required: ['nodes'] },
          { required: ['scope'] },
          { required: ['gap'] },
          { required: ['excludes'] },
        ],
      },
    },
  },
];

/** Adds the cell conditions wherever a cell object appears, and the required keys for coverage. */
function tighten(name: string, schema: Json, ids?: SchemaIds): Json {
  const isCell = (node: Json) => {
    const props = node.properties as Json | undefined;
    return node.type === 'object' && props && 'status' in props && 'verified' in props && 'sources' in props;
  };
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) out[k] = visit(v);
    if (isCell(out)) out.allOf = [...((out.allOf as unknown[]) ?? []), ...CELL_CONDITIONS];
    return out;
  };
  const result = visit(schema) as Json;
  if (ids) {
    const requireKeys = (container: Json | undefined, keys: readonly string[]) => {
      if (!container) return;
      container.required = [...keys];
      container.propertyNames = { enum: [...keys] };
    };
    const props = result.properties as Record<string, Json> | undefined;
    if (name === 'support') requireKeys(props?.features, ids.features);
    if (name === 'platform') requireKeys(props?.stances, ids.cnis);
    if (name === 'platforms') requireKeys(((props?.platforms?.items as Json | undefined)?.properties as Record<string, Json> | undefined)?.stances, ids.cnis);
    if (name === 'matrix') {
      const support = props?.support;
      if (support) {
        support.required = [...ids.cnis];
        support.propertyNames = { enum: [...ids.cnis] };
        const perCni = support.additionalProperties as Json | undefined;
        requireKeys(perCni, ids.features);
      }
    }
  }
  return result;
}

export function jsonSchemaFor(name: string, ids?: SchemaIds): object {
  const entry = JSON_SCHEMAS[name];
  if (!entry) throw new Error(`No JSON Schema named ${name}`);
  const generated = z.toJSONSchema(entry.schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: entry.title,
    description: `Describes ${entry.describes}.`,
    ...tighten(name, generated, ids),
  };
}
