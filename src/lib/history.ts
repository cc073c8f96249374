/**
 * Time view data: a cell's timeline (its history then its current state), and what arrived in each
 * release of a CNI, built from `since` and history.
 */
import type { Dataset, FeatureEntry } from './dataset.ts';
import { cellOf } from './dataset.ts';
import type { HistoryEntry, SupportCell } from '../schemas/support.ts';
import type { Status } from '../schemas/status.ts';
import { qualifierLabels } from '../schemas/qualifiers.ts';

export interface TimelineStep {
  status: Status;
  labels: string[];
  /** "until 1.16", "1.16 – now", "until 2024-07-29". */
  period: string;
  note?: string;
  sources: { url: string; title: string }[];
  current: boolean;
}

export function timeline(cell: SupportCell): TimelineStep[] {
  const history = cell.history ?? [];
  const steps: TimelineStep[] = history.map((h: HistoryEntry, i) => {
    const start = h.since ?? (i > 0 ? (history[i - 1]!.until ?? history[i - 1]!.date) : undefined);
    const end = h.until ?? h.date;
    return {
      status: h.status,
      labels: qualifierLabels(h).map((q) => q.label),
      period: start ? `${start} – ${end}` : `until ${end}`,
      note: h.note,
      sources: h.sources,
      current: false,
    };
  });
  const last = history.at(-1);
  const from = cell.since ?? last?.until ?? last?.date;
  steps.push({
    status: cell.status,
    labels: qualifierLabels(cell).map((q) => q.label),
    period: from ? `${from} – now` : 'now',
    note: cell.note,
    sources: cell.sources,
    current: true,
  });
  return steps;
}

export interface ReleaseArrival {
  version: string;
  items: { feature: FeatureEntry; status: Status; labels: string[]; kind: 'arrived' | 'changed' }[];
}

const versionParts = (v: string) => v.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
export function compareVersions(a: string, b: string): number {
  const pa = versionParts(a);
  const pb = versionParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** What arrived or changed in each release of a CNI, newest release first. */
export function arrivalsByRelease(ds: Dataset, cni: string): ReleaseArrival[] {
  const byVersion = new Map<string, ReleaseArrival['items']>();
  const add = (version: string, item: ReleaseArrival['items'][number]) => byVersion.set(version, [...(byVersion.get(version) ?? []), item]);
  for (const feature of ds.features) {
    const cell = cellOf(ds, cni, feature.id);
    const history = cell.history ?? [];
    if (history.length === 0) {
      if (cell.since && cell.status !== 'no' && cell.status !== 'unknown')
        add(cell.since, { feature, status: cell.status, labels: qualifierLabels(cell).map((q) => q.label), kind: 'arrived' });
      continue;
    }
    history.forEach((h, i) => {
      if (h.since && h.status !== 'no' && i === 0) add(h.since, { feature, status: h.status, labels: qualifierLabels(h).map((q) => q.label), kind: 'arrived' });
      const next = history[i + 1] ?? cell;
      if (h.until)
        add(h.until, { feature, status: next.status, labels: qualifierLabels(next).map((q) => q.label), kind: h.status === 'no' ? 'arrived' : 'changed' });
    });
  }
  return [...byVersion.entries()].map(([version, items]) => ({ version, items })).sort((a, b) => compareVersions(b.version, a.version));
}
