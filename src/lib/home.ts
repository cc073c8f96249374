/**
 * What the home page answers, computed once from the data: the pairs people compare most, where
 * each CNI runs, the latest changes and how fresh the facts are.
 */
import type { Dataset } from './dataset.ts';
import { allPairs, cellOf, cniById, pairSlug } from './dataset.ts';
import { comparePair } from './compare.ts';
import { isStale } from './freshness.ts';

export interface PairSummary {
  slug: string;
  title: string;
  differing: number;
  /** How many articles and claims discuss both: the proxy for "most compared". */
  mentions: number;
}

/**
 * Pairs ranked by how often articles and checked claims discuss both CNIs (what readers come to
 * compare), then pairs of actively maintained CNIs, then alphabetically. `mentions` lists, for each
 * article or claim, the CNI ids it is about.
 */
export function mostComparedPairs(ds: Dataset, mentions: readonly (readonly string[])[], limit = 6): PairSummary[] {
  const count = new Map<string, number>();
  for (const ids of [...mentions, ...ds.claims.map((c) => c.cnis)]) {
    const unique = [...new Set(ids)].filter((id) => ds.cnis.some((c) => c.id === id));
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++) {
        const slug = pairSlug(unique[i]!, unique[j]!);
        count.set(slug, (count.get(slug) ?? 0) + 1);
      }
  }
  const active = (id: string) => cniById(ds, id).maintenance === 'active';
  return allPairs(ds)
    .map(([a, b]) => ({ a, b, slug: pairSlug(a, b), mentions: count.get(pairSlug(a, b)) ?? 0, bothActive: active(a) && active(b) }))
    .sort((x, y) => y.mentions - x.mentions || Number(y.bothActive) - Number(x.bothActive) || x.slug.localeCompare(y.slug))
    .slice(0, limit)
    .map(({ a, b, slug, mentions: n }) => ({
      slug,
      title: `${cniById(ds, a).name} vs ${cniById(ds, b).name}`,
      differing: comparePair(ds, a, b).differing.length,
      mentions: n,
    }));
}

export interface Freshness {
  verifiedAsOf: string;
  cells: number;
  /** Cells verified within the last `recentDays` days before `today`. */
  recent: number;
  recentDays: number;
  /** Cells older than the staleness window (see freshness.ts). */
  stale: number;
}

export function freshness(ds: Dataset, today: Date, recentDays = 90): Freshness {
  const cutoff = new Date(today.getTime() - recentDays * 86_400_000).toISOString().slice(0, 10);
  let cells = 0;
  let recent = 0;
  let stale = 0;
  for (const c of ds.cnis)
    for (const f of ds.features) {
      const verified = cellOf(ds, c.id, f.id).verified;
      cells++;
      if (verified >= cutoff) recent++;
      if (isStale(verified, today)) stale++;
    }
  return { verifiedAsOf: ds.verifiedAsOf, cells, recent, recentDays, stale };
}

export interface PlatformEntry {
  id: string;
  name: string;
  /** Names of the default CNI(s). */
  defaults: string[];
  usable: number;
}

export function platformEntries(ds: Dataset): PlatformEntry[] {
  return ds.platforms.map((p) => ({
    id: p.id,
    name: p.name,
    defaults: [...new Set(p.defaults.map((d) => ds.cnis.find((c) => c.id === d.cni)?.name ?? d.cni))],
    usable: ds.cnis.filter((c) => p.stances[c.id] && p.stances[c.id]!.stance !== 'unavailable').length,
  }));
}
