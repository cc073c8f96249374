/**
 * Typed qualifiers on a support cell: the situations the methodology names, so that a status follows
 * from them by rule (see `/about/methodology/#partial` and `src/lib/content-check/rules/status-follows-qualifiers.ts`).
 * Free of zod so browser code can import the labels.
 */
export const MATURITIES = ['alpha', 'beta', 'stable'] as const;
export type Maturity = (typeof MATURITIES)[number];
export const DEFAULTS = ['on', 'off'] as const;
export type DefaultState = (typeof DEFAULTS)[number];
export const NODE_LIMITS = ['linux-only'] as const;
export type NodeLimit = (typeof NODE_LIMITS)[number];

export interface CellQualifiers {
  /** Maturity of the feature, or of the upstream API it implements when that is less mature. */
  maturity?: Maturity;
  /** Whether it is on in a default install. */
  default?: DefaultState;
  /** `linux-only` where the plugin also networks Windows nodes but this feature does not work there. */
  nodes?: NodeLimit;
  /** Only some install methods, modes or platforms, in a few words ("Helm chart only"). */
  scope?: string;
  /** A mandatory behaviour of the feature's definition that is missing, in a few words. */
  gap?: string;
  /** Only in a non-default mode that rules out other main features: the features it rules out, in a few words. */
  excludes?: string;
}

export const QUALIFIER_KEYS = ['maturity', 'default', 'nodes', 'scope', 'gap', 'excludes'] as const;
export type QualifierKey = (typeof QUALIFIER_KEYS)[number];

/**
 * The written rule (methodology, "partial"): a cell is `partial` exactly when at least one limiting
 * qualifier is present; `yes` carries none; `no` and `unknown` carry no qualifiers at all.
 * Alpha or beta (of the feature or the upstream API it implements) caps a feature at partial;
 * Linux-only in a plugin that also networks Windows nodes is "only for some cases", so partial.
 */
export function limitingQualifiers(q: CellQualifiers): QualifierKey[] {
  const out: QualifierKey[] = [];
  if (q.maturity === 'alpha' || q.maturity === 'beta') out.push('maturity');
  if (q.nodes) out.push('nodes');
  if (q.scope) out.push('scope');
  if (q.gap) out.push('gap');
  if (q.excludes) out.push('excludes');
  return out;
}

/** Short labels shown next to a status, in a fixed order. */
export function qualifierLabels(q: CellQualifiers): { key: QualifierKey; label: string }[] {
  const out: { key: QualifierKey; label: string }[] = [];
  if (q.maturity && q.maturity !== 'stable') out.push({ key: 'maturity', label: q.maturity === 'alpha' ? 'Alpha' : 'Beta' });
  if (q.nodes === 'linux-only') out.push({ key: 'nodes', label: 'Linux nodes only' });
  if (q.scope) out.push({ key: 'scope', label: q.scope });
  if (q.gap) out.push({ key: 'gap', label: q.gap });
  if (q.excludes) out.push({ key: 'excludes', label: `Rules out ${q.excludes}` });
  if (q.default === 'off') out.push({ key: 'default', label: 'Off by default' });
  return out;
}
