/**
 * The assembled fact base every page, download, chart and recommendation derives from.
 * Built from collection entries (Astro's at build time, the checker's in scripts and tests).
 */
import type { Cni } from '../schemas/cnis.ts';
import type { Category, Feature } from '../schemas/features.ts';
import type { SupportCell, SupportFile } from '../schemas/support.ts';
import type { Claim } from '../schemas/claims.ts';
import type { Scenario } from '../schemas/scenarios.ts';
import type { BenchmarkSource } from '../schemas/benchmarks.ts';
import type { Platform } from '../schemas/platforms.ts';
import type { Releases } from '../schemas/releases.ts';
import type { Migration } from '../schemas/migrations.ts';
import type { LegacyPlugin } from '../schemas/legacy-plugins.ts';
import type { ChangeEntry } from '../schemas/changes.ts';
import type { Status } from '../schemas/status.ts';
import { STATUSES } from '../schemas/status.ts';

export interface FeatureEntry extends Feature {
  category: string;
  categoryName: string;
}

export interface Dataset {
  /** Alphabetical by name: order implies no preference. */
  cnis: Cni[];
  /** In catalogue order. */
  categories: Category[];
  /** In catalogue order, category by category. */
  features: FeatureEntry[];
  /** support[cniId][featureId]; complete after the content check. */
  support: Record<string, Record<string, SupportCell>>;
  claims: Claim[];
  scenarios: Scenario[];
  benchmarks: BenchmarkSource[];
  /** Alphabetical by name. */
  platforms: Platform[];
  /** Release lines by subject id (a CNI or platform). */
  releases: Record<string, Releases>;
  /** By id. */
  migrations: Migration[];
  legacyPlugins: LegacyPlugin[];
  /** Newest first. */
  changes: ChangeEntry[];
  /** Newest `verified` date in the data: "verified as of". */
  verifiedAsOf: string;
}

export interface DatasetInput {
  cnis: Cni[];
  categories: Category[];
  support: SupportFile[];
  claims?: Claim[];
  scenarios?: Scenario[];
  benchmarks?: BenchmarkSource[];
  platforms?: Platform[];
  releases?: Releases[];
  migrations?: Migration[];
  legacyPlugins?: LegacyPlugin[];
  changes?: ChangeEntry[];
}

export function buildDataset(input: DatasetInput): Dataset {
  const categories = [...input.categories].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const features = categories.flatMap((c) => c.features.map((f) => ({ ...f, category: c.id, categoryName: c.name })));
  const support: Dataset['support'] = {};
  for (const file of input.support) support[file.cni] = file.features;
  const dates = [
    ...input.support.flatMap((s) => Object.values(s.features).map((c) => c.verified)),
    ...input.cnis.map((c) => c.verified),
    ...(input.platforms ?? []).map((p) => p.verified),
  ];
  return {
    cnis: [...input.cnis].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    categories,
    features,
    support,
    claims: [...(input.claims ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
    scenarios: [...(input.scenarios ?? [])].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
    benchmarks: [...(input.benchmarks ?? [])].sort((a, b) => Number(b.primary) - Number(a.primary) || b.published.localeCompare(a.published)),
    platforms: [...(input.platforms ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en')),
    releases: Object.fromEntries((input.releases ?? []).map((r) => [r.subject, r])),
    migrations: [...(input.migrations ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
    legacyPlugins: [...(input.legacyPlugins ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
    changes: [...(input.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)),
    verifiedAsOf: dates.sort().at(-1) ?? '',
  };
}

/** The cell for a CNI and feature; the content check guarantees it exists. */
export function cellOf(ds: Dataset, cni: string, feature: string): SupportCell {
  const cell = ds.support[cni]?.[feature];
  if (!cell) throw new Error(`No support cell for ${cni} × ${feature}; run npm run check:data`);
  return cell;
}

export function cniById(ds: Dataset, id: string): Cni {
  const cni = ds.cnis.find((c) => c.id === id);
  if (!cni) throw new Error(`Unknown CNI "${id}"`);
  return cni;
}

/** Display name of a CNI id (for `providedBy`), or undefined for none or `delegate`. */
export function cniNameOf(ds: Dataset, id: string | undefined): string | undefined {
  return id ? ds.cnis.find((c) => c.id === id)?.name : undefined;
}

export function featureById(ds: Dataset, id: string): FeatureEntry {
  const feature = ds.features.find((f) => f.id === id);
  if (!feature) throw new Error(`Unknown feature "${id}"`);
  return feature;
}

export type StatusCounts = Record<Status, number>;

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Counts of each status for one CNI, over the given features. */
export function countStatuses(ds: Dataset, cni: string, features: readonly FeatureEntry[] = ds.features): StatusCounts {
  const counts = emptyCounts();
  for (const f of features) counts[cellOf(ds, cni, f.id).status]++;
  return counts;
}

export function featuresOfCategory(ds: Dataset, category: string): FeatureEntry[] {
  return ds.features.filter((f) => f.category === category);
}

export function claimsAbout(ds: Dataset, opts: { cni?: string; feature?: string }): Claim[] {
  return ds.claims.filter((c) => (!opts.cni || c.cnis.includes(opts.cni)) && (!opts.feature || c.features.includes(opts.feature)));
}

/** Canonical pair slug: ids sorted alphabetically (`calico-vs-cilium`). */
export function pairSlug(a: string, b: string): string {
  return a < b ? `${a}-vs-${b}` : `${b}-vs-${a}`;
}

/** Every unordered pair of CNI ids, canonical order. */
export function allPairs(ds: Dataset): [string, string][] {
  const ids = ds.cnis.map((c) => c.id).sort();
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
  return pairs;
}
