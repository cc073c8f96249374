/**
 * The one list of content collections. `content.config.ts`, the data check's loader and rules, the
 * dataset, the JSON Schemas under `/data/schemas/` and the README's "adding content" table all derive
 * from it. Adding a collection is one entry here plus its schema module.
 *
 * Free of `astro:` imports so scripts and unit tests can load it under plain Node.
 */
import type { z } from 'astro/zod';
import { cniSchema } from './cnis.ts';
import { categorySchema } from './features.ts';
import { supportFileSchema } from './support.ts';
import { claimSchema } from './claims.ts';
import { scenarioSchema } from './scenarios.ts';
import { articleSchema } from './articles.ts';
import { benchmarkSourceSchema, benchmarkMetaSchema } from './benchmarks.ts';
import { platformSchema } from './platforms.ts';
import { releasesSchema } from './releases.ts';
import { legacyPluginSchema } from './legacy-plugins.ts';
import { migrationSchema } from './migrations.ts';
import { changeEntrySchema, factBaselineSchema } from './changes.ts';

/**
 * Ids a reference may point at: a collection's entries, or the features declared inside categories.
 * Written as a plain string in the definitions (the registry cannot name its own keys while it is
 * being defined); a unit test checks every reference names a collection or `features`.
 */
export type IdSpace = CollectionName | 'features';
type IdSpaceName = string;

/**
 * A declared reference. `path` walks the raw data: `.`-separated keys, `*` for every item of a list or
 * every value of a mapping, `<key>` for the keys of a mapping (support cells are keyed by feature id).
 */
export interface Reference {
  path: string;
  to: readonly IdSpaceName[];
  /** Values accepted besides the ids (`delegate`, `baremetal`). */
  extra?: readonly string[];
}

/** Every key of a mapping must be an id of a space, and every id of the space must be a key. */
export interface Coverage {
  path: string;
  of: IdSpaceName;
  /** What to add, said to the contributor. */
  hint: string;
}

export interface CollectionDef {
  /** Folder under `content/`. */
  folder: string;
  /** File names the collection loads (a glob of one `*`); anything else in the folder is reported. */
  pattern: string;
  /** `yaml`, `json`, or `mdx` (YAML frontmatter plus an MDX body). */
  format: 'yaml' | 'json' | 'mdx';
  schema: z.ZodType;
  /** The field that holds the id, which must equal the file name; `slug` when the file name is the id. */
  idField: string | 'slug';
  /** Published as `/data/schemas/<jsonSchema>.json`. */
  jsonSchema: string;
  /** One line for the README and the JSON Schema title. */
  title: string;
  references: readonly Reference[];
  coverage?: readonly Coverage[];
  /** Date fields (same path language) that may not lie in the future. */
  pastDates?: readonly string[];
  /** Loaded by Astro's content layer (false for files only the check and importers read). */
  astro: boolean;
  /** The folder must hold at least one file of this collection. */
  required?: boolean;
}

const define = <const T extends Record<string, CollectionDef>>(defs: T) => defs;

export const COLLECTIONS = define({
  cnis: {
    folder: 'cnis',
    pattern: '*.yaml',
    format: 'yaml',
    schema: cniSchema,
    idField: 'id',
    jsonSchema: 'cni',
    title: 'CNI profile',
    references: [
      { path: 'combines.*', to: ['cnis'] },
      { path: 'basedOn', to: ['cnis'] },
      { path: 'managed.platforms.*', to: ['platforms'] },
    ],
    pastDates: ['verified', 'latest.released'],
    astro: true,
    required: true,
  },
  categories: {
    folder: 'features',
    pattern: '*.yaml',
    format: 'yaml',
    schema: categorySchema,
    idField: 'id',
    jsonSchema: 'category',
    title: 'Feature category and its features',
    references: [],
    astro: true,
    required: true,
  },
  support: {
    folder: 'support',
    pattern: '*.yaml',
    format: 'yaml',
    schema: supportFileSchema,
    idField: 'cni',
    jsonSchema: 'support',
    title: "One CNI's status for every feature",
    references: [
      { path: 'cni', to: ['cnis'] },
      { path: 'features.<key>', to: ['features'] },
      { path: 'features.*.providedBy', to: ['cnis'], extra: ['delegate'] },
    ],
    coverage: [{ path: 'features', of: 'features', hint: 'with status, sources and verified (status: unknown with a note if it cannot be confirmed)' }],
    pastDates: ['features.*.verified', 'features.*.history.*.date'],
    astro: true,
    required: true,
  },
  claims: {
    folder: 'claims',
    pattern: '*.yaml',
    format: 'yaml',
    schema: claimSchema,
    idField: 'id',
    jsonSchema: 'claim',
    title: 'A comparison claim, checked',
    references: [
      { path: 'cnis.*', to: ['cnis'] },
      { path: 'features.*', to: ['features'] },
    ],
    pastDates: ['verified'],
    astro: true,
  },
  scenarios: {
    folder: 'scenarios',
    pattern: '*.yaml',
    format: 'yaml',
    schema: scenarioSchema,
    idField: 'id',
    jsonSchema: 'scenario',
    title: 'Recommendation scenario',
    references: [
      { path: 'must.*', to: ['features'] },
      { path: 'want.*', to: ['features'] },
      { path: 'platform', to: ['platforms'] },
    ],
    astro: true,
  },
  articles: {
    folder: 'articles',
    pattern: '*.mdx',
    format: 'mdx',
    schema: articleSchema,
    idField: 'slug',
    jsonSchema: 'article',
    title: 'Article (MDX, frontmatter checked)',
    references: [
      { path: 'cnis.*', to: ['cnis'] },
      { path: 'features.*', to: ['features'] },
    ],
    pastDates: ['updated'],
    astro: true,
  },
  benchmarks: {
    folder: 'benchmarks',
    pattern: '*.json',
    format: 'json',
    schema: benchmarkSourceSchema,
    idField: 'id',
    jsonSchema: 'benchmark-source',
    title: 'Benchmark source (generated by npm run benchmarks:import)',
    references: [{ path: 'configs.*.cni', to: ['cnis'], extra: ['baremetal', 'other'] }],
    pastDates: ['published'],
    astro: true,
  },
  benchmarkMeta: {
    folder: 'benchmarks',
    pattern: 'sources.meta.yaml',
    format: 'yaml',
    schema: benchmarkMetaSchema,
    idField: 'slug',
    jsonSchema: 'benchmark-meta',
    title: 'Benchmark provenance and the sources left out (hand-written)',
    references: [],
    pastDates: ['sources.*.published'],
    astro: false,
    required: true,
  },
  platforms: {
    folder: 'platforms',
    pattern: '*.yaml',
    format: 'yaml',
    schema: platformSchema,
    idField: 'id',
    jsonSchema: 'platform',
    title: 'Platform (managed service, distribution, installer, local)',
    references: [
      { path: 'defaults.*.cni', to: ['cnis'] },
      { path: 'stances.<key>', to: ['cnis'] },
    ],
    coverage: [{ path: 'stances', of: 'cnis', hint: 'with stance, note, sources and verified' }],
    pastDates: ['verified', 'latest.released', 'stances.*.verified'],
    astro: true,
  },
  releases: {
    folder: 'releases',
    pattern: '*.yaml',
    format: 'yaml',
    schema: releasesSchema,
    idField: 'subject',
    jsonSchema: 'releases-file',
    title: 'Release lines and support windows of a CNI or platform',
    references: [
      { path: 'subject', to: ['cnis', 'platforms'] },
      { path: 'lines.*.bundles.*.cni', to: ['cnis'] },
    ],
    pastDates: ['verified', 'lines.*.first.date', 'lines.*.latest.date', 'lines.*.verified'],
    astro: true,
  },
  legacyPlugins: {
    folder: 'legacy-plugins',
    pattern: '*.yaml',
    format: 'yaml',
    schema: legacyPluginSchema,
    idField: 'id',
    jsonSchema: 'legacy-plugin',
    title: 'Platform-native networking teams migrate away from (not a CNI of the site)',
    references: [{ path: 'platforms.*', to: ['platforms'] }],
    pastDates: ['verified'],
    astro: true,
  },
  migrations: {
    folder: 'migrations',
    pattern: '*.yaml',
    format: 'yaml',
    schema: migrationSchema,
    idField: 'id',
    jsonSchema: 'migration',
    title: 'Migration path from one CNI to another',
    references: [
      { path: 'from', to: ['cnis', 'legacyPlugins'] },
      { path: 'to', to: ['cnis'] },
      { path: 'minimumVersions.*.cni', to: ['cnis'] },
      { path: 'platforms.*.platform', to: ['platforms'] },
    ],
    pastDates: ['verified'],
    astro: true,
  },
  changes: {
    folder: 'changes',
    pattern: '*.yaml',
    format: 'yaml',
    schema: changeEntrySchema,
    idField: 'slug',
    jsonSchema: 'change',
    title: 'Dated change to published facts (changelog and feeds)',
    references: [
      { path: 'changes.*.feature', to: ['features'] },
      { path: 'changes.*.platform', to: ['platforms'] },
      { path: 'changes.*.cni', to: ['cnis'] },
    ],
    pastDates: ['date'],
    astro: true,
  },
  factBaseline: {
    folder: 'changes',
    pattern: 'baseline.json',
    format: 'json',
    schema: factBaselineSchema,
    idField: 'slug',
    jsonSchema: 'fact-baseline',
    title: 'Snapshot of published facts the changelog replays from (generated)',
    references: [],
    pastDates: ['date'],
    astro: false,
    required: true,
  },
});

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The data type of one entry of a collection. */
export type EntryOf<N extends CollectionName> = z.infer<(typeof COLLECTIONS)[N]['schema']>;

/** A collection's definition with every optional field visible (the const registry narrows them away). */
export function defOf(name: CollectionName): CollectionDef {
  return COLLECTIONS[name];
}
