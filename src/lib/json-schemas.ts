/** JSON Schema for each collection and download, generated from the zod schemas (one source of truth). */
import { z } from 'astro/zod';
import { cniSchema } from '../schemas/cnis.ts';
import { categorySchema } from '../schemas/features.ts';
import { supportFileSchema, supportCellSchema } from '../schemas/support.ts';
import { claimSchema } from '../schemas/claims.ts';
import { scenarioSchema } from '../schemas/scenarios.ts';
import { articleSchema } from '../schemas/articles.ts';
import { benchmarkSourceSchema, benchmarkResultSchema, benchmarkConfigSchema } from '../schemas/benchmarks.ts';
import { STATUSES } from '../schemas/status.ts';
import { idSchema, isoDateSchema, sourceSchema } from '../schemas/common.ts';

const toSchema = (schema: z.ZodType, title: string) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title,
  ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
});

/** The shape of /data/matrix.json. */
export const matrixDownloadSchema = z.object({
  generated: z.iso.date(),
  verifiedAsOf: z.iso.date(),
  cnis: z.array(z.object({ id: idSchema, name: z.string(), version: z.string(), released: z.string(), maintenance: z.string(), maintenanceNote: z.string().optional(), cncf: z.string(), kind: z.string(), combines: z.array(idSchema).optional(), license: z.string(), homepage: z.string(), repository: z.string() })),
  categories: z.array(z.object({ id: idSchema, name: z.string() })),
  features: z.array(z.object({ id: idSchema, name: z.string(), category: idSchema, description: z.string() })),
  support: z.record(z.string(), z.record(z.string(), z.object({
    status: z.enum(STATUSES), note: z.string().optional(), since: z.string().optional(), commercial: z.literal(true).optional(), providedBy: z.string().optional(),
    sources: z.array(sourceSchema), verified: isoDateSchema,
  }))),
});

/** The shape of /data/benchmarks.json. */
export const benchmarksDownloadSchema = z.object({
  generated: z.iso.date(),
  sources: z.array(benchmarkSourceSchema.omit({ results: true }).extend({ configs: z.array(benchmarkConfigSchema) })),
  results: z.array(z.intersection(z.object({ source: idSchema, cni: z.string().nullable(), variant: z.string().nullable(), version: z.string().nullable() }), benchmarkResultSchema)),
});

export const JSON_SCHEMAS: Record<string, { title: string; schema: z.ZodType; describes: string }> = {
  'matrix': { title: 'CNI Compare matrix download', schema: matrixDownloadSchema, describes: '/data/matrix.json' },
  'benchmarks': { title: 'CNI Compare benchmarks download', schema: benchmarksDownloadSchema, describes: '/data/benchmarks.json' },
  'cni': { title: 'CNI profile (content/cnis/<id>.yaml)', schema: cniSchema, describes: 'content/cnis/*.yaml' },
  'category': { title: 'Feature category (content/features/<category>.yaml)', schema: categorySchema, describes: 'content/features/*.yaml' },
  'support': { title: 'Support file (content/support/<cni>.yaml)', schema: supportFileSchema, describes: 'content/support/*.yaml' },
  'support-cell': { title: 'One support cell', schema: supportCellSchema, describes: 'each entry under features: in a support file' },
  'claim': { title: 'Checked claim (content/claims/<id>.yaml)', schema: claimSchema, describes: 'content/claims/*.yaml' },
  'scenario': { title: 'Recommendation scenario (content/scenarios/<id>.yaml)', schema: scenarioSchema, describes: 'content/scenarios/*.yaml' },
  'article': { title: 'Article frontmatter (content/articles/<slug>.mdx)', schema: articleSchema, describes: 'content/articles/*.mdx frontmatter' },
  'benchmark-source': { title: 'Benchmark source (content/benchmarks/<id>.json)', schema: benchmarkSourceSchema, describes: 'content/benchmarks/*.json' },
};

export function jsonSchemaFor(name: string): object {
  const entry = JSON_SCHEMAS[name];
  if (!entry) throw new Error(`No JSON Schema named ${name}`);
  return toSchema(entry.schema, entry.title);
}
