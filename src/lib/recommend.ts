/**
 * Recommendation scoring, derived only from the matrix and the CNI profiles.
 *
 * Rules (also printed on /recommend/ and /about/methodology/):
 * 1. An archived project is never recommended; it is listed with a warning. A maintenance-only
 *    project is ranked, with that caveat first.
 * 2. A CNI is excluded when any `must` feature is `no` or `unknown` for its open-source edition
 *    (or, with `commercial`, when no paid edition covers it either).
 * 3. Each requirement scores: yes = 2, partial = 1, covered only by a paid edition (when allowed) = 1.
 *    A `must` weighs twice a `want`.
 * 4. Rank by score, then by the number of requirements met fully, then alphabetically; equal
 *    scores and full counts are reported as ties.
 * 5. With a platform, a CNI the platform marks `unavailable` is excluded with the platform's reason;
 *    every ranked CNI carries the platform's stance (default, bundled, supported, partner only,
 *    documented to work without support) as its first caveat. The stance does not change the score.
 */
import type { Status } from '../schemas/status.ts';
import type { SupportCell } from '../schemas/support.ts';
import type { Cni } from '../schemas/cnis.ts';
import type { Source } from '../schemas/common.ts';
import type { Stance } from '../schemas/platforms.ts';
import { forNotice, listParam } from './url-params.ts';

/** A cell as scoring needs it: the full cell satisfies it, and so does the compact browser data. */
export type ScoredCell = Pick<SupportCell, 'status' | 'note' | 'commercial'> & { sources: Pick<Source, 'url' | 'title'>[] };

/** A platform as scoring needs it. */
export interface RecommendPlatform {
  id: string;
  name: string;
  stances: Record<string, { stance: Stance; note: string }>;
}

/** What scoring needs: the full Dataset satisfies it, and so does /data/recommend.json in the browser. */
export interface RecommendData {
  cnis: Pick<Cni, 'id' | 'name' | 'kind' | 'combines' | 'maintenance' | 'maintenanceNote'>[];
  features: { id: string; name: string }[];
  support: Record<string, Record<string, ScoredCell>>;
  platforms?: RecommendPlatform[];
}

export interface Requirements {
  must: string[];
  want: string[];
  /** Whether paid-edition features count. */
  commercial: boolean;
  /** Where the cluster runs (a platform id); absent for "my own infrastructure". */
  platform?: string;
}

/** How a ranked CNI's platform stance reads as a caveat. */
export const STANCE_CAVEAT: Record<Exclude<Stance, 'unavailable'>, string> = {
  default: 'is the default',
  bundled: 'is bundled and selectable at install',
  supported: 'is supported by the platform vendor',
  partner: 'is supported only through a third-party partner',
  compatible: 'is documented to work but has no vendor support',
};

export type Fit = 'full' | 'partial' | 'commercial' | 'missing';

export interface Evidence {
  feature: string;
  featureName: string;
  level: 'must' | 'want';
  status: Status;
  fit: Fit;
  points: number;
  cell: ScoredCell;
}

export interface Ranked {
  cni: string;
  name: string;
  score: number;
  maxScore: number;
  fullyMet: number;
  /** 1-based rank; tied entries share a rank. */
  rank: number;
  tied: boolean;
  evidence: Evidence[];
  caveats: string[];
}

export interface Excluded {
  cni: string;
  name: string;
  /** Why it is out: failed must requirements, the platform, or the project's state. */
  reasons: string[];
  kind: 'requirement' | 'platform' | 'unmaintained';
  evidence: Evidence[];
}

export interface Recommendation {
  ranked: Ranked[];
  excluded: Excluded[];
}

export const POINTS = { full: 2, partial: 1, commercial: 1, missing: 0 } as const;
export const MUST_WEIGHT = 2;
export const WANT_WEIGHT = 1;

function fitOf(cell: ScoredCell, commercial: boolean): Fit {
  if (cell.status === 'yes') return 'full';
  if (cell.status === 'partial') return 'partial';
  if (commercial && cell.commercial) return 'commercial';
  return 'missing';
}

export function recommend(ds: RecommendData, req: Requirements): Recommendation {
  const featureName = new Map(ds.features.map((f) => [f.id, f.name]));
  const ranked: Omit<Ranked, 'rank' | 'tied'>[] = [];
  const excluded: Excluded[] = [];
  const wants = req.want.filter((w) => !req.must.includes(w));
  const levels: ['must' | 'want', string[]][] = [
    ['must', req.must],
    ['want', wants],
  ];
  const maxScore = req.must.length * POINTS.full * MUST_WEIGHT + wants.length * POINTS.full * WANT_WEIGHT;
  const platform = req.platform ? ds.platforms?.find((p) => p.id === req.platform) : undefined;

  for (const cni of ds.cnis) {
    const evidence: Evidence[] = [];
    for (const [level, ids] of levels) {
      for (const id of ids) {
        const cell = ds.support[cni.id]?.[id];
        if (!cell) throw new Error(`No support cell for ${cni.id} × ${id}`);
        const fit = fitOf(cell, req.commercial);
        evidence.push({
          feature: id,
          featureName: featureName.get(id) ?? id,
          level,
          status: cell.status,
          fit,
          points: POINTS[fit] * (level === 'must' ? MUST_WEIGHT : WANT_WEIGHT),
          cell,
        });
      }
    }
    if (cni.maintenance === 'archived') {
      excluded.push({
        cni: cni.id,
        name: cni.name,
        kind: 'unmaintained',
        reasons: [`${cni.name} is archived and no longer maintained; it is never recommended.${cni.maintenanceNote ? ` ${cni.maintenanceNote}` : ''}`],
        evidence,
      });
      continue;
    }
    const stance = platform?.stances[cni.id];
    if (platform && stance?.stance === 'unavailable') {
      excluded.push({ cni: cni.id, name: cni.name, kind: 'platform', reasons: [`unavailable on ${platform.name}: ${stance.note}`], evidence });
      continue;
    }
    const failed = evidence.filter((e) => e.level === 'must' && e.fit === 'missing');
    if (failed.length) {
      excluded.push({
        cni: cni.id,
        name: cni.name,
        kind: 'requirement',
        reasons: failed.map(
          (e) => `${e.featureName}: ${e.status}${e.cell.commercial && !req.commercial ? ' (a paid edition has it; allow paid editions to count it)' : ''}`,
        ),
        evidence,
      });
      continue;
    }
    const caveats: string[] = [];
    if (platform && stance && stance.stance !== 'unavailable') caveats.push(`On ${platform.name}, ${cni.name} ${STANCE_CAVEAT[stance.stance]}: ${stance.note}`);
    if (cni.maintenance === 'maintenance') caveats.push(`${cni.name} is in maintenance only${cni.maintenanceNote ? `: ${cni.maintenanceNote}` : '.'}`);
    for (const e of evidence) {
      if (e.fit === 'partial') caveats.push(`${e.featureName} is partial${e.cell.note ? `: ${e.cell.note}` : ''}`);
      else if (e.fit === 'commercial') caveats.push(`${e.featureName} needs a paid edition${e.cell.note ? `: ${e.cell.note}` : ''}`);
      else if (
        e.fit === 'full' &&
        e.cell.note &&
        /kernel|requires|require|needs|only|beta|alpha|preview|disabled by default|off by default/i.test(e.cell.note)
      ) {
        caveats.push(`${e.featureName}: ${e.cell.note}`);
      }
    }
    if (cni.kind === 'meta') caveats.push(`${cni.name} is a meta-plugin: it needs another plugin for the default pod network.`);
    if (cni.kind === 'combination' && cni.combines)
      caveats.push(`${cni.name} combines ${cni.combines.join(' and ')}; some capabilities come from one part only.`);
    ranked.push({
      cni: cni.id,
      name: cni.name,
      score: evidence.reduce((s, e) => s + e.points, 0),
      maxScore,
      fullyMet: evidence.filter((e) => e.fit === 'full').length,
      evidence,
      caveats,
    });
  }

  ranked.sort((a, b) => b.score - a.score || b.fullyMet - a.fullyMet || a.name.localeCompare(b.name, 'en'));
  const withRank: Ranked[] = [];
  ranked.forEach((r, i) => {
    const prev = withRank[i - 1];
    const sameAsPrev = prev && prev.score === r.score && prev.fullyMet === r.fullyMet;
    const next = ranked[i + 1];
    const sameAsNext = next && next.score === r.score && next.fullyMet === r.fullyMet;
    withRank.push({ ...r, rank: sameAsPrev ? prev.rank : i + 1, tied: Boolean(sameAsPrev || sameAsNext) });
  });
  const kindOrder = { requirement: 0, platform: 1, unmaintained: 2 } as const;
  excluded.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, 'en'));
  return { ranked: withRank, excluded };
}

export interface ParsedRequirements {
  req: Requirements;
  ignored: string[];
}

/** Reads `?platform=eks&must=a,b&want=c&commercial=1`, ignoring and reporting unknown ids and values. */
export function parseRequirements(search: string | URLSearchParams, featureIds: readonly string[], platformIds: readonly string[] = []): ParsedRequirements {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const list = (key: string): string[] => {
    const out: string[] = [];
    for (const id of listParam(params, key)) {
      if (!featureIds.includes(id)) ignored.push(`unknown feature id "${forNotice(id)}" in ${key}`);
      else if (!out.includes(id)) out.push(id);
    }
    return out;
  };
  const must = list('must');
  const want = list('want').filter((id) => !must.includes(id));
  const c = params.getAll('commercial').at(-1);
  if (c !== undefined && !['0', '1', 'true', 'false', ''].includes(c)) ignored.push(`value "${forNotice(c)}" for commercial (use 1 or 0)`);
  const p = params.getAll('platform').at(-1)?.trim();
  let platform: string | undefined;
  if (p && p !== OWN_INFRASTRUCTURE) {
    if (platformIds.includes(p)) platform = p;
    else ignored.push(`unknown platform "${forNotice(p)}"`);
  }
  for (const key of new Set(params.keys()))
    if (!['platform', 'must', 'want', 'commercial'].includes(key)) ignored.push(`unknown parameter "${forNotice(key)}"`);
  return { req: { must, want, commercial: c === '1' || c === 'true', ...(platform ? { platform } : {}) }, ignored };
}

/** The `platform` value for "my own infrastructure" (no platform decides anything). */
export const OWN_INFRASTRUCTURE = 'own';

export function serializeRequirements(req: Requirements): string {
  const parts: string[] = [];
  if (req.platform) parts.push(`platform=${req.platform}`);
  if (req.must.length) parts.push(`must=${req.must.join(',')}`);
  if (req.want.length) parts.push(`want=${req.want.join(',')}`);
  if (req.commercial) parts.push('commercial=1');
  return parts.join('&');
}

/**
 * The compact data /recommend/ loads in the browser: statuses, first sentences of notes and the first
 * source of each cell, and each platform's stances; a fraction of /data/matrix.json.
 */
export function compactRecommendData(
  ds: RecommendData & { platforms: RecommendPlatform[] },
  summarize: (note: string) => string,
): RecommendData & { platforms: RecommendPlatform[] } {
  return {
    cnis: ds.cnis.map(({ id, name, kind, combines, maintenance, maintenanceNote }) => ({
      id,
      name,
      kind,
      ...(combines ? { combines } : {}),
      maintenance,
      ...(maintenanceNote ? { maintenanceNote } : {}),
    })),
    features: ds.features.map(({ id, name }) => ({ id, name })),
    support: Object.fromEntries(
      Object.entries(ds.support).map(([cni, cells]) => [
        cni,
        Object.fromEntries(
          Object.entries(cells).map(([feature, cell]) => [
            feature,
            {
              status: cell.status,
              ...(cell.note ? { note: summarize(cell.note) } : {}),
              ...(cell.commercial ? { commercial: true } : {}),
              sources: cell.sources.slice(0, 1).map(({ url, title }) => ({ url, title })),
            },
          ]),
        ),
      ]),
    ),
    platforms: ds.platforms.map((p) => ({
      id: p.id,
      name: p.name,
      stances: Object.fromEntries(Object.entries(p.stances).map(([cni, s]) => [cni, { stance: s.stance, note: summarize(s.note) }])),
    })),
  };
}
