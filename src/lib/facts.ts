/**
 * The published facts as flat `key → value` pairs, and the replay of the changelog over a baseline.
 * A change to any of these without a changelog entry fails the data check (`changes-explain-facts`).
 *
 * Keys: `cni/<id>`, `feature/<id>`, `platform/<id>` (value `listed`); `cell/<cni>/<feature>/<field>`
 * for the status and each qualifier; `stance/<platform>/<cni>`.
 */
import { QUALIFIER_KEYS } from '../schemas/qualifiers.ts';

export const CELL_FIELDS = ['status', ...QUALIFIER_KEYS] as const;
export const LISTED = 'listed';

export interface FactInput {
  cnis: readonly string[];
  features: readonly string[];
  platforms: readonly string[];
  /** cni → feature → cell-like record. */
  cells: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;
  /** platform → cni → stance. */
  stances: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export function factsOf(input: FactInput): Map<string, string> {
  const facts = new Map<string, string>();
  for (const id of input.cnis) facts.set(`cni/${id}`, LISTED);
  for (const id of input.features) facts.set(`feature/${id}`, LISTED);
  for (const id of input.platforms) facts.set(`platform/${id}`, LISTED);
  for (const [cni, cells] of Object.entries(input.cells)) {
    for (const [feature, cell] of Object.entries(cells)) {
      for (const field of CELL_FIELDS) {
        const value = cell[field];
        if (typeof value === 'string') facts.set(`cell/${cni}/${feature}/${field}`, value);
      }
    }
  }
  for (const [platform, stances] of Object.entries(input.stances)) {
    for (const [cni, stance] of Object.entries(stances)) facts.set(`stance/${platform}/${cni}`, stance);
  }
  return facts;
}

export interface ChangeItemLike {
  cni?: string;
  feature?: string;
  platform?: string;
  field: string;
  from?: string;
  to?: string;
}

/** The fact key a change item sets, for field changes (not added/removed). */
export function keyOfItem(item: ChangeItemLike): string {
  return item.field === 'stance' ? `stance/${item.platform}/${item.cni}` : `cell/${item.cni}/${item.feature}/${item.field}`;
}

/** Keys an added or removed CNI, feature or platform brings or takes with it. */
export function belongsTo(key: string, item: ChangeItemLike): boolean {
  const parts = key.split('/');
  if (item.cni)
    return (parts[0] === 'cni' && parts[1] === item.cni) || (parts[0] === 'cell' && parts[1] === item.cni) || (parts[0] === 'stance' && parts[2] === item.cni);
  if (item.feature) return (parts[0] === 'feature' && parts[1] === item.feature) || (parts[0] === 'cell' && parts[2] === item.feature);
  if (item.platform) return (parts[0] === 'platform' && parts[1] === item.platform) || (parts[0] === 'stance' && parts[1] === item.platform);
  return false;
}

export interface ReplayMismatch {
  entry: number;
  item: number;
  message: string;
}

/**
 * Replays entries (already in date order) over the baseline. An `added` item takes the current values
 * of everything the new entity brings; field items must start from the value the replay has reached.
 */
export function replay(
  baseline: ReadonlyMap<string, string>,
  entries: readonly { changes: readonly ChangeItemLike[] }[],
  current: ReadonlyMap<string, string>,
): { expected: Map<string, string>; mismatches: ReplayMismatch[] } {
  const expected = new Map(baseline);
  const mismatches: ReplayMismatch[] = [];
  entries.forEach((entry, e) => {
    entry.changes.forEach((item, i) => {
      if (item.field === 'added') {
        for (const [key, value] of current) if (belongsTo(key, item)) expected.set(key, value);
        return;
      }
      if (item.field === 'removed') {
        for (const key of [...expected.keys()]) if (belongsTo(key, item)) expected.delete(key);
        return;
      }
      const key = keyOfItem(item);
      const before = expected.get(key);
      if (before !== item.from) {
        mismatches.push({
          entry: e,
          item: i,
          message: `"from" is ${item.from === undefined ? 'absent' : JSON.stringify(item.from)} but the fact was ${before === undefined ? 'absent' : JSON.stringify(before)} at that point`,
        });
      }
      if (item.to === undefined) expected.delete(key);
      else expected.set(key, item.to);
    });
  });
  return { expected, mismatches };
}

/** Differences between what the changelog explains and the facts as they are. */
export function unexplained(expected: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): { key: string; from?: string; to?: string }[] {
  const out: { key: string; from?: string; to?: string }[] = [];
  for (const [key, value] of current) if (expected.get(key) !== value) out.push({ key, from: expected.get(key), to: value });
  for (const [key, value] of expected) if (!current.has(key)) out.push({ key, from: value, to: undefined });
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** A change item that would explain a difference (what `npm run changes:draft` prints). */
export function itemFor(diff: { key: string; from?: string; to?: string }): ChangeItemLike {
  const [kind, a, b, field] = diff.key.split('/') as [string, string, string | undefined, string | undefined];
  const fromTo = { ...(diff.from !== undefined ? { from: diff.from } : {}), ...(diff.to !== undefined ? { to: diff.to } : {}) };
  if (kind === 'cell') return { cni: a, feature: b, field: field!, ...fromTo };
  if (kind === 'stance') return { platform: a, cni: b, field: 'stance', ...fromTo };
  const subject = kind === 'cni' ? { cni: a } : kind === 'feature' ? { feature: a } : { platform: a };
  return { ...subject, field: diff.to === undefined ? 'removed' : 'added' };
}
