/** Migration view data: what a team gains and loses, computed from the matrix, and the paths per CNI. */
import type { Dataset, FeatureEntry } from './dataset.ts';
import { cellOf } from './dataset.ts';
import type { Migration } from '../schemas/migrations.ts';
import type { SupportCell } from '../schemas/support.ts';
import { edgeOf } from './compare.ts';

export interface FeatureDelta {
  feature: FeatureEntry;
  from: SupportCell;
  to: SupportCell;
}

export interface GainLoss {
  losses: FeatureDelta[];
  gains: FeatureDelta[];
  /** Either side unknown: the matrix cannot say. */
  unclear: FeatureDelta[];
}

/** Features whose status drops or rises between two CNIs of the matrix, in catalogue order. */
export function gainLoss(ds: Dataset, from: string, to: string): GainLoss {
  const out: GainLoss = { losses: [], gains: [], unclear: [] };
  for (const feature of ds.features) {
    const a = cellOf(ds, from, feature.id);
    const b = cellOf(ds, to, feature.id);
    const edge = edgeOf(a.status, b.status);
    if (edge === 'same') continue;
    const delta = { feature, from: a, to: b };
    if (edge === 'unclear') out.unclear.push(delta);
    else if (edge === 'a') out.losses.push(delta);
    else out.gains.push(delta);
  }
  return out;
}

export function migrationsFrom(ds: Dataset, id: string): Migration[] {
  return ds.migrations.filter((m) => m.from === id);
}

export function migrationsTo(ds: Dataset, id: string): Migration[] {
  return ds.migrations.filter((m) => m.to === id);
}

export function migrationBetween(ds: Dataset, from: string, to: string): Migration | undefined {
  return ds.migrations.find((m) => m.from === from && m.to === to);
}

/** Display name of a migration end: a CNI or a legacy plugin. */
export function endName(ds: Dataset, id: string): string {
  return ds.cnis.find((c) => c.id === id)?.name ?? ds.legacyPlugins.find((l) => l.id === id)?.name ?? id;
}

export function isCni(ds: Dataset, id: string): boolean {
  return ds.cnis.some((c) => c.id === id);
}

/** Migrations whose platform notes name a platform, for the platform page. */
export function migrationsOnPlatform(ds: Dataset, platform: string): { migration: Migration; support: string; note: string }[] {
  return ds.migrations.flatMap((m) => m.platforms.filter((p) => p.platform === platform).map((p) => ({ migration: m, support: p.support, note: p.note })));
}
