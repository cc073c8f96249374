/**
 * Social cards (Open Graph images): what each card says, in words, derived from the data. One card
 * per canonical pair, CNI, feature, platform, migration and recommendation scenario, plus the home
 * page and the matrix. Rendering (satori + resvg) is in `render.ts`; this module is pure.
 *
 * A card's path names its kind and id: `/og/compare/calico-vs-cilium.png`, `/og/feature/wireguard.png`,
 * `/og/cni/cilium.png`, `/og/platform/eks.png`, `/og/migrate/calico-to-cilium.png`, `/og/recommend/<id>.png`.
 */
import type { Dataset } from '../dataset.ts';
import { allPairs, cellOf, cniById, countStatuses, pairSlug, type StatusCounts } from '../dataset.ts';
import { comparePair } from '../compare.ts';
import { compactRecommendData, recommend } from '../recommend.ts';
import { PLATFORM_KIND_LABELS } from '../../schemas/platforms.ts';
import { METHOD_INFO } from '../../schemas/migrations.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export const OG_KINDS = ['pair', 'cni', 'feature', 'platform', 'migration', 'scenario', 'page'] as const;
export type OgKind = (typeof OG_KINDS)[number];

/** The folder of each kind's cards (`page` ids are the file name itself: `index`, `matrix`). */
const SECTION: Record<OgKind, string> = {
  pair: 'compare',
  cni: 'cni',
  feature: 'feature',
  platform: 'platform',
  migration: 'migrate',
  scenario: 'recommend',
  page: '',
};

export interface OgCard {
  kind: OgKind;
  id: string;
  /** Site path of the PNG, e.g. `/og/compare/calico-vs-cilium.png`. */
  path: string;
  /** Small line above the title: what kind of page this is. */
  eyebrow: string;
  title: string;
  /** The answer, in words ("25 of 62 features differ"). */
  answer: string;
  /** A second line of detail, optional. */
  detail?: string;
  /** Status counts drawn as a bar (CNI and feature cards). */
  counts?: StatusCounts;
  /** Newest verified date of the facts on the card (ISO). */
  verified: string;
  /** Alt text: everything the card says, as one sentence or two. */
  alt: string;
}

/** `/og/<kind folder>/<id>.png`; `page` cards are `/og/<id>.png`. */
export function ogPath(kind: OgKind, id: string): string {
  return SECTION[kind] ? `/og/${SECTION[kind]}/${id}.png` : `/og/${id}.png`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "23 Nov 2026" (cards are short on room); alt text uses the same, screen readers read it fine. */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? `${d} ${MONTHS[m - 1]} ${y}` : iso;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const newest = (dates: readonly string[]) => [...dates].sort().at(-1) ?? '';

function finish(card: Omit<OgCard, 'path' | 'alt'>, altExtra = ''): OgCard {
  const sentence = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);
  const alt = [`${card.title}: ${card.answer}`, card.detail ?? '', altExtra, `Data verified ${shortDate(card.verified)}`]
    .filter(Boolean)
    .map(sentence)
    .join(' ');
  return { ...card, path: ogPath(card.kind, card.id), alt };
}

function pairCard(ds: Dataset, id: string): OgCard | undefined {
  const pair = allPairs(ds).find(([a, b]) => pairSlug(a, b) === id);
  if (!pair) return undefined;
  const [a, b] = pair;
  const A = cniById(ds, a);
  const B = cniById(ds, b);
  const cmp = comparePair(ds, a, b);
  const aAhead = cmp.differing.filter((r) => r.edge === 'a').length;
  const bAhead = cmp.differing.filter((r) => r.edge === 'b').length;
  const ahead = [aAhead && `${A.name} ahead on ${aAhead}`, bAhead && `${B.name} ahead on ${bAhead}`].filter(Boolean).join(', ');
  return finish({
    kind: 'pair',
    id,
    eyebrow: 'Head-to-head comparison',
    title: `${A.name} vs ${B.name}`,
    answer:
      cmp.differing.length === 0
        ? `No differences across ${plural(ds.features.length, 'feature')}`
        : `${cmp.differing.length} of ${plural(ds.features.length, 'feature')} differ`,
    detail: ahead || undefined,
    verified: newest(ds.features.flatMap((f) => [cellOf(ds, a, f.id).verified, cellOf(ds, b, f.id).verified])),
  });
}

function cniCard(ds: Dataset, id: string): OgCard | undefined {
  const cni = ds.cnis.find((c) => c.id === id);
  if (!cni) return undefined;
  const counts = countStatuses(ds, id);
  const extra = [counts.partial && `${counts.partial} partly`, counts.unknown && `${counts.unknown} unknown`].filter(Boolean).join(', ');
  return finish({
    kind: 'cni',
    id,
    eyebrow: `CNI profile · latest release ${cni.latest.version}`,
    title: cni.name,
    answer: `Supports ${counts.yes} of ${plural(ds.features.length, 'feature')}${extra ? `; ${extra}` : ''}`,
    detail: cni.maintenance === 'active' ? undefined : `Project status: ${cni.maintenance}`,
    counts,
    verified: newest([cni.verified, ...ds.features.map((f) => cellOf(ds, id, f.id).verified)]),
  });
}

function featureCard(ds: Dataset, id: string): OgCard | undefined {
  const feature = ds.features.find((f) => f.id === id);
  if (!feature) return undefined;
  const cells = ds.cnis.map((c) => cellOf(ds, c.id, id));
  const counts = Object.fromEntries((['yes', 'partial', 'no', 'unknown'] as const).map((s) => [s, cells.filter((c) => c.status === s).length])) as StatusCounts;
  const extra = [counts.partial && `partly by ${counts.partial}`, counts.unknown && `unknown for ${counts.unknown}`].filter(Boolean).join(', ');
  return finish({
    kind: 'feature',
    id,
    eyebrow: `Feature · ${feature.categoryName}`,
    title: feature.name,
    answer: `Supported by ${counts.yes} of ${plural(ds.cnis.length, 'CNI')}${extra ? `; ${extra}` : ''}`,
    counts,
    verified: newest(cells.map((c) => c.verified)),
  });
}

function platformCard(ds: Dataset, id: string): OgCard | undefined {
  const platform = ds.platforms.find((p) => p.id === id);
  if (!platform) return undefined;
  const usable = ds.cnis.filter((c) => platform.stances[c.id] && platform.stances[c.id]!.stance !== 'unavailable');
  const defaults = platform.defaults.map((d) => ds.cnis.find((c) => c.id === d.cni)?.name ?? d.cni);
  return finish({
    kind: 'platform',
    id,
    eyebrow: PLATFORM_KIND_LABELS[platform.kind],
    title: `${platform.name}: which CNI?`,
    answer: `${usable.length} of ${plural(ds.cnis.length, 'CNI')} can run on it`,
    detail: defaults.length ? `Default: ${defaults.join(' or ')}` : undefined,
    verified: newest([platform.verified, ...Object.values(platform.stances).map((s) => s.verified)]),
  });
}

function endName(ds: Dataset, id: string): string {
  return ds.cnis.find((c) => c.id === id)?.name ?? ds.legacyPlugins.find((l) => l.id === id)?.name ?? id;
}

function migrationCard(ds: Dataset, id: string): OgCard | undefined {
  const m = ds.migrations.find((x) => x.id === id);
  if (!m) return undefined;
  return finish({
    kind: 'migration',
    id,
    eyebrow: 'Migration path',
    title: `${endName(ds, m.from)} to ${endName(ds, m.to)}`,
    answer: METHOD_INFO[m.method].label,
    detail: m.summary.length > 110 ? `${m.summary.slice(0, 107).replace(/\s+\S*$/, '')}…` : m.summary,
    verified: m.verified,
  });
}

function scenarioCard(ds: Dataset, id: string): OgCard | undefined {
  const s = ds.scenarios.find((x) => x.id === id);
  if (!s) return undefined;
  // The same data and call as the scenario page, so the card and the page agree.
  const result = recommend(
    compactRecommendData(ds, (note) => note),
    { must: s.must, want: s.want, commercial: s.commercial, ...(s.platform ? { platform: s.platform } : {}) },
  );
  const top = result.ranked.filter((r) => r.rank === 1).map((r) => r.name);
  const next = result.ranked
    .filter((r) => r.rank > 1)
    .slice(0, 2)
    .map((r) => r.name);
  const features = [...s.must, ...s.want];
  return finish({
    kind: 'scenario',
    id,
    eyebrow: 'Recommendation',
    title: s.title,
    answer: top.length ? `${top.join(' and ')} ${top.length > 1 ? 'rank' : 'ranks'} first` : 'No CNI meets every requirement',
    detail: next.length ? `Then ${next.join(' and ')}; ${plural(features.length, 'requirement')} checked` : `${plural(features.length, 'requirement')} checked`,
    verified: newest(ds.cnis.flatMap((c) => features.map((f) => cellOf(ds, c.id, f).verified))),
  });
}

function pageCard(ds: Dataset, id: string): OgCard | undefined {
  const cells = ds.cnis.length * ds.features.length;
  if (id === 'index') {
    return finish({
      kind: 'page',
      id,
      eyebrow: 'CNI Compare',
      title: 'Kubernetes network plugins compared',
      answer: `${ds.cnis.length} CNIs × ${ds.features.length} features, every cell sourced`,
      detail: 'Matrix, head-to-heads, platforms and recommendations',
      verified: ds.verifiedAsOf,
    });
  }
  if (id === 'matrix') {
    return finish({
      kind: 'page',
      id,
      eyebrow: 'Feature matrix',
      title: 'Every CNI, every feature',
      answer: `${cells.toLocaleString('en')} cells: status, note, version, sources`,
      detail: `${ds.cnis.length} CNIs × ${ds.features.length} features, filterable`,
      verified: ds.verifiedAsOf,
    });
  }
  return undefined;
}

const BUILDERS: Record<OgKind, (ds: Dataset, id: string) => OgCard | undefined> = {
  pair: pairCard,
  cni: cniCard,
  feature: featureCard,
  platform: platformCard,
  migration: migrationCard,
  scenario: scenarioCard,
  page: pageCard,
};

/** The card for a page, or undefined when the data has no such page. */
export function ogCard(ds: Dataset, kind: OgKind, id: string): OgCard | undefined {
  return BUILDERS[kind](ds, id);
}

/**
 * What a page passes to Base as `ogImage`: `<Base ogImage={ogImageFor(ds, 'pair', 'calico-vs-cilium')}>`.
 * Throws for an id the data does not have, so a wrong call fails the build instead of a dead image.
 */
export function ogImageFor(ds: Dataset, kind: OgKind, id: string): { path: string; alt: string } {
  const card = ogCard(ds, kind, id);
  if (!card) throw new Error(`No social card for ${kind} "${id}"`);
  return { path: card.path, alt: card.alt };
}

/** Every card the build renders: canonical pairs only (reversed pair pages only forward). */
export function allOgCards(ds: Dataset): OgCard[] {
  const ids: [OgKind, string][] = [
    ['page', 'index'],
    ['page', 'matrix'],
    ...ds.cnis.map((c): [OgKind, string] => ['cni', c.id]),
    ...ds.features.map((f): [OgKind, string] => ['feature', f.id]),
    ...allPairs(ds).map(([a, b]): [OgKind, string] => ['pair', pairSlug(a, b)]),
    ...ds.platforms.map((p): [OgKind, string] => ['platform', p.id]),
    ...ds.migrations.map((m): [OgKind, string] => ['migration', m.id]),
    ...ds.scenarios.map((s): [OgKind, string] => ['scenario', s.id]),
  ];
  return ids.map(([kind, id]) => ogCard(ds, kind, id)!);
}
