/**
 * Matrix filtering and its URL state. Shared by the browser script on `/matrix/`, the unit tests
 * and the scale benchmark, so what is tested is what runs.
 */
import type { Status } from '../schemas/status.ts';
import { forNotice, listParam } from './url-params.ts';

export interface MatrixState {
  /** Chosen CNI ids; empty means all. */
  cnis: string[];
  /** Chosen category ids; empty means all. */
  categories: string[];
  /** Only rows where the chosen CNIs do not all have the same status. */
  diff: boolean;
  /** Only rows every chosen CNI supports (yes or partial). */
  common: boolean;
  /** Free text over feature names, ids and keywords. */
  q: string;
  /** A platform id: only CNIs whose stance there is not `unavailable`. Empty or absent means any platform. */
  platform?: string;
}

export interface MatrixRowData {
  id: string;
  category: string;
  /** Lower-cased name, id and keywords. */
  text: string;
  statuses: Record<string, Status>;
}

export interface Known {
  cnis: readonly string[];
  categories: readonly string[];
  /** Platform ids the `platform` parameter may name. */
  platforms?: readonly string[];
}

export const EMPTY_STATE: MatrixState = { cnis: [], categories: [], diff: false, common: false, q: '', platform: '' };
/** Longest free-text query honoured; longer input is cut and reported. */
export const MAX_QUERY_LENGTH = 100;

export interface ParsedState {
  state: MatrixState;
  /** Human-readable notices about what was ignored ("unknown CNI id "foo""). */
  ignored: string[];
}

/** Reads the matrix state from a query string, ignoring and reporting anything unknown. */
export function parseMatrixState(search: string | URLSearchParams, known: Known): ParsedState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const pick = (key: string, allowed: readonly string[], label: string): string[] => {
    const out: string[] = [];
    for (const id of listParam(params, key)) {
      if (!allowed.includes(id)) ignored.push(`unknown ${label} "${forNotice(id)}"`);
      else if (!out.includes(id)) out.push(id);
    }
    return out;
  };
  const flag = (key: string): boolean => {
    const values = params.getAll(key);
    if (values.length === 0) return false;
    const last = values.at(-1)!;
    if (last === '1' || last === 'true') return true;
    if (last !== '0' && last !== 'false' && last !== '') ignored.push(`value "${forNotice(last)}" for ${key} (use 1 or 0)`);
    return false;
  };
  let q = (params.get('q') ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    ignored.push(`search text beyond ${MAX_QUERY_LENGTH} characters`);
    q = q.slice(0, MAX_QUERY_LENGTH);
  }
  // One platform at a time: the last known value wins; unknown values are reported like unknown ids.
  const platforms = pick('platform', known.platforms ?? [], 'platform id');
  const state: MatrixState = {
    cnis: pick('cni', known.cnis, 'CNI id'),
    categories: pick('category', known.categories, 'category id'),
    diff: flag('diff'),
    common: flag('common'),
    q,
    platform: platforms.at(-1) ?? '',
  };
  const knownKeys = new Set(['cni', 'category', 'diff', 'common', 'q', 'platform']);
  for (const key of new Set(params.keys())) if (!knownKeys.has(key)) ignored.push(`unknown parameter "${forNotice(key)}"`);
  return { state, ignored };
}

/** Writes the state as a query string (without `?`), leaving out defaults, in a stable order. */
export function serializeMatrixState(state: MatrixState): string {
  const parts: string[] = [];
  if (state.cnis.length) parts.push(`cni=${state.cnis.map(encodeURIComponent).join(',')}`);
  if (state.categories.length) parts.push(`category=${state.categories.map(encodeURIComponent).join(',')}`);
  if (state.diff) parts.push('diff=1');
  if (state.common) parts.push('common=1');
  if (state.q) parts.push(`q=${encodeURIComponent(state.q)}`);
  if (state.platform) parts.push(`platform=${encodeURIComponent(state.platform)}`);
  return parts.join('&');
}

/** CNIs usable on a platform: every CNI whose stance there is not `unavailable` (`stances`: CNI id → stance). */
export function cnisOnPlatform(stances: Readonly<Record<string, string>>, allCnis: readonly string[]): string[] {
  return allCnis.filter((id) => stances[id] !== undefined && stances[id] !== 'unavailable');
}

/**
 * The CNI columns a state shows, in column order: the chosen CNIs (all when none is chosen),
 * narrowed to `usable` (the CNIs usable on the chosen platform) when a platform is chosen.
 */
export function shownCnis(state: MatrixState, allCnis: readonly string[], usable?: readonly string[]): string[] {
  const chosen = state.cnis.length ? allCnis.filter((id) => state.cnis.includes(id)) : [...allCnis];
  return state.platform && usable ? chosen.filter((id) => usable.includes(id)) : chosen;
}

/**
 * Ids of the rows that stay visible under a state, in input order. "Only differences" and "only
 * common" compare the CNIs the state shows (see `shownCnis`; `usable` as there).
 */
export function visibleRowIds(rows: readonly MatrixRowData[], state: MatrixState, allCnis: readonly string[], usable?: readonly string[]): string[] {
  const cnis = shownCnis(state, allCnis, usable);
  const categories = state.categories.length ? new Set(state.categories) : undefined;
  const terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const row of rows) {
    if (categories && !categories.has(row.category)) continue;
    if (terms.length && !terms.every((t) => row.text.includes(t))) continue;
    if (state.diff) {
      if (cnis.length === 0) continue;
      const first = row.statuses[cnis[0]!];
      if (cnis.every((c) => row.statuses[c] === first)) continue;
    }
    if (state.common && !cnis.every((c) => row.statuses[c] === 'yes' || row.statuses[c] === 'partial')) continue;
    out.push(row.id);
  }
  return out;
}
