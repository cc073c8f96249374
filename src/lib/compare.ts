/** Head-to-head comparison of two CNIs, derived from their cells. */
import type { Dataset, FeatureEntry } from './dataset.ts';
import { cellOf } from './dataset.ts';
import type { Status } from '../schemas/status.ts';
import type { SupportCell } from '../schemas/support.ts';
import { qualifierLabels } from '../schemas/qualifiers.ts';

/** How much of a feature a status gives; unknown cannot be ranked. */
const STRENGTH: Record<Status, number | undefined> = { yes: 2, partial: 1, no: 0, unknown: undefined };

export type Edge = 'a' | 'b' | 'same' | 'unclear';

export interface PairRow {
  feature: FeatureEntry;
  a: Status;
  b: Status;
  edge: Edge;
}

export interface CategorySummary {
  category: string;
  name: string;
  aAhead: number;
  bAhead: number;
  same: number;
  unclear: number;
}

export interface PairComparison {
  a: string;
  b: string;
  differing: PairRow[];
  shared: PairRow[];
  categories: CategorySummary[];
}

export function edgeOf(a: Status, b: Status): Edge {
  if (a === b) return 'same';
  const sa = STRENGTH[a];
  const sb = STRENGTH[b];
  if (sa === undefined || sb === undefined) return 'unclear';
  return sa > sb ? 'a' : 'b';
}

export function comparePair(ds: Dataset, a: string, b: string): PairComparison {
  const rows = ds.features.map((feature) => {
    const sa = cellOf(ds, a, feature.id).status;
    const sb = cellOf(ds, b, feature.id).status;
    return { feature, a: sa, b: sb, edge: edgeOf(sa, sb) };
  });
  const categories = ds.categories.map((c) => {
    const inCat = rows.filter((r) => r.feature.category === c.id);
    return {
      category: c.id,
      name: c.name,
      aAhead: inCat.filter((r) => r.edge === 'a').length,
      bAhead: inCat.filter((r) => r.edge === 'b').length,
      same: inCat.filter((r) => r.edge === 'same').length,
      unclear: inCat.filter((r) => r.edge === 'unclear').length,
    };
  });
  return { a, b, differing: rows.filter((r) => r.edge !== 'same'), shared: rows.filter((r) => r.edge === 'same'), categories };
}

/**
 * For a provider's managed build of another CNI (`basedOn`): every feature whose status or qualifiers
 * differ from the upstream CNI's cell, in catalogue order.
 */
export function upstreamDifferences(
  ds: Dataset,
  cni: string,
  upstream: string,
): { feature: FeatureEntry; build: SupportCell; upstream: SupportCell; edge: Edge }[] {
  return ds.features.flatMap((feature) => {
    const build = cellOf(ds, cni, feature.id);
    const base = cellOf(ds, upstream, feature.id);
    const labels = (c: SupportCell) =>
      qualifierLabels(c)
        .map((q) => q.label)
        .join('|');
    if (build.status === base.status && labels(build) === labels(base)) return [];
    return [{ feature, build, upstream: base, edge: edgeOf(build.status, base.status) }];
  });
}

/** One line for a category of a pair: who is ahead on how many features, or "Even". */
export function categoryVerdict(c: Pick<CategorySummary, 'aAhead' | 'bAhead'>, aName: string, bName: string): string {
  const parts = [c.aAhead > 0 ? `${aName} ahead on ${c.aAhead}` : '', c.bAhead > 0 ? `${bName} ahead on ${c.bAhead}` : ''].filter(Boolean);
  return parts.join('; ') || 'Even';
}
