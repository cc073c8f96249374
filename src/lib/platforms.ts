/** Platform view data: the platform × CNI grid, where a CNI can run, and what a platform decides. */
import type { Dataset } from './dataset.ts';
import type { Platform, PlatformStance, Stance } from '../schemas/platforms.ts';
import { STANCES } from '../schemas/platforms.ts';

export function platformById(ds: Dataset, id: string): Platform | undefined {
  return ds.platforms.find((p) => p.id === id);
}

/** The stance a platform takes on a CNI (the data check guarantees one exists for every CNI). */
export function stanceOf(platform: Platform, cni: string): PlatformStance | undefined {
  return platform.stances[cni];
}

/** CNIs that can be used on the platform in at least its main mode: every stance except `unavailable`. */
export function usableCnis(ds: Dataset, platformId: string): string[] {
  const platform = platformById(ds, platformId);
  if (!platform) return ds.cnis.map((c) => c.id);
  return ds.cnis.map((c) => c.id).filter((id) => platform.stances[id]?.stance !== 'unavailable');
}

/** Stance order for ranking and lists: most supported first. */
export const STANCE_RANK: Record<Stance, number> = Object.fromEntries(STANCES.map((s, i) => [s, i])) as Record<Stance, number>;

/** One row of the platform grid: the platform and its stance on each CNI, in the dataset's CNI order. */
export function stanceGrid(ds: Dataset): { platform: Platform; cells: { cni: string; stance: PlatformStance }[] }[] {
  return ds.platforms.map((platform) => ({
    platform,
    cells: ds.cnis.flatMap((c) => (platform.stances[c.id] ? [{ cni: c.id, stance: platform.stances[c.id]! }] : [])),
  }));
}

/** For a CNI profile: the platforms where it is default, bundled, supported or partner-supported. */
export function platformsFor(ds: Dataset, cni: string): { stance: Stance; platforms: { platform: Platform; note: string; modeNotes: string[] }[] }[] {
  const groups: Stance[] = ['default', 'bundled', 'supported', 'partner'];
  return groups
    .map((stance) => ({
      stance,
      platforms: ds.platforms
        .filter((p) => p.stances[cni]?.stance === stance || (p.stances[cni]?.modes ?? []).some((m) => m.stance === stance && stance === 'default'))
        .map((platform) => ({
          platform,
          note: platform.stances[cni]!.note,
          modeNotes: (platform.stances[cni]!.modes ?? []).map(
            (m) => `${platform.modes.find((x) => x.id === m.mode)?.name ?? m.mode}: ${m.stance}${m.note ? ` (${m.note})` : ''}`,
          ),
        })),
    }))
    .filter((g) => g.platforms.length > 0);
}

/** Counts for "default on N platforms, bundled by M": a sourced substitute for adoption figures. */
export function stanceCounts(ds: Dataset, cni: string): Record<Stance, number> {
  const counts = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
  for (const p of ds.platforms) {
    const s = p.stances[cni]?.stance;
    if (s) counts[s]++;
  }
  return counts;
}

/** Matrix link filtered to the CNIs usable on a platform. */
export function matrixHrefFor(platformId: string): string {
  return `/matrix/?platform=${encodeURIComponent(platformId)}`;
}
