/** What every rule receives: the loaded entries, the ids they declare, and a way to place a problem. */
import { COLLECTION_NAMES, type CollectionName, type IdSpace } from '../../schemas/collections.ts';
import type { Entry } from './load.ts';
import type { Problem } from './problems.ts';
import { asRecord, walk } from './walk.ts';

export interface RuleContext {
  /** The build's day, `YYYY-MM-DD`. */
  today: string;
  entries: Record<CollectionName, Entry[]>;
  /** Ids each entry declares, read from raw data so one invalid file does not cascade into "unknown id" lines. */
  ids: Record<IdSpace, Set<string>>;
  /** The ids of a space named in the registry (an empty set for a name that is not a space). */
  idsIn(space: string): Set<string>;
  /** A problem at a field of an entry (or at the key itself with `key: true`). */
  at(entry: Entry, path: readonly (string | number)[], message: string, fix: string, options?: { key?: boolean }): Problem;
}

export interface Rule {
  /** Kebab-case, equals the file name under rules/. */
  name: string;
  /** One line for `check:data --list`. */
  description: string;
  run(ctx: RuleContext): Problem[];
}

export function makeContext(entries: Record<CollectionName, Entry[]>, today: string): RuleContext {
  const ids = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, new Set(entries[n].map((e) => e.id))])) as Record<IdSpace, Set<string>>;
  ids.features = new Set(
    entries.categories.flatMap((e) =>
      walk(e.raw, 'features.*.id')
        .map((f) => f.value)
        .filter((v): v is string => typeof v === 'string'),
    ),
  );
  return {
    today,
    entries,
    ids,
    idsIn: (space) => (ids as Record<string, Set<string> | undefined>)[space] ?? new Set(),
    at(entry, path, message, fix, options) {
      const line = options?.key && path.length ? entry.parsed.keyLineOf(path.slice(0, -1), String(path.at(-1))) : entry.parsed.lineOf(path);
      return { file: entry.file, line, field: path.length ? path.map(String).join('.') : '(file)', message, fix };
    },
  };
}

/** The cells of a raw support entry, as records keyed by feature id. */
export function rawCells(entry: Entry): [string, Record<string, unknown>][] {
  const features = asRecord(asRecord(entry.raw)?.features);
  if (!features) return [];
  return Object.entries(features).flatMap(([id, cell]) => {
    const record = asRecord(cell);
    return record ? [[id, record] as [string, Record<string, unknown>]] : [];
  });
}
