import { belongsTo, factsOf, itemFor, replay, unexplained, type ChangeItemLike } from '../../facts.ts';
import type { Rule, RuleContext } from '../context.ts';
import { rawCells } from '../context.ts';
import type { Entry } from '../load.ts';
import type { Problem } from '../problems.ts';
import { asDay, asRecord, walk } from '../walk.ts';

/** The facts as the content states them now, read from raw data. */
export function currentFacts(ctx: RuleContext): Map<string, string> {
  const cells: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const entry of ctx.entries.support) cells[entry.id] = Object.fromEntries(rawCells(entry));
  const stances: Record<string, Record<string, string>> = {};
  for (const entry of ctx.entries.platforms) {
    stances[entry.id] = {};
    for (const found of walk(entry.raw, 'stances.*.stance')) if (typeof found.value === 'string') stances[entry.id]![String(found.path[1])] = found.value;
  }
  return factsOf({
    cnis: ctx.entries.cnis.map((e) => e.id),
    features: [...ctx.ids.features],
    platforms: ctx.entries.platforms.map((e) => e.id),
    cells,
    stances,
  });
}

/** Change entries in the order they apply: by date, then file name. */
export function orderedChanges(ctx: RuleContext): { entry: Entry; changes: ChangeItemLike[] }[] {
  return ctx.entries.changes
    .map((entry) => ({
      entry,
      day: asDay(asRecord(entry.raw)?.date) ?? '',
      changes: (Array.isArray(asRecord(entry.raw)?.changes) ? (asRecord(entry.raw)!.changes as unknown[]) : []).map(
        (c) => (asRecord(c) ?? {}) as unknown as ChangeItemLike,
      ),
    }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.entry.slug.localeCompare(b.entry.slug))
    .map(({ entry, changes }) => ({ entry, changes }));
}

export function baselineFacts(ctx: RuleContext): Map<string, string> | undefined {
  const facts = asRecord(asRecord(ctx.entries.factBaseline[0]?.raw)?.facts);
  return facts ? new Map(Object.entries(facts).filter((e): e is [string, string] => typeof e[1] === 'string')) : undefined;
}

/** Replays the changelog and returns what it does not explain. */
export function explainFacts(ctx: RuleContext) {
  const baseline = baselineFacts(ctx);
  const current = currentFacts(ctx);
  const ordered = orderedChanges(ctx);
  const { expected, mismatches } = replay(baseline ?? new Map(), ordered, current);
  return { baseline, current, ordered, mismatches, diffs: unexplained(expected, current) };
}

function locate(ctx: RuleContext, key: string): { entry?: Entry; path: (string | number)[] } {
  const [kind, a, b, field] = key.split('/');
  if (kind === 'cell') {
    const entry = ctx.entries.support.find((e) => e.id === a);
    const cell = asRecord(asRecord(asRecord(entry?.raw)?.features)?.[b!]);
    return { entry, path: cell && field && field in cell ? ['features', b!, field] : ['features', b!] };
  }
  if (kind === 'stance') return { entry: ctx.entries.platforms.find((e) => e.id === a), path: ['stances', b!, 'stance'] };
  if (kind === 'cni') return { entry: ctx.entries.cnis.find((e) => e.id === a), path: ['id'] };
  if (kind === 'platform') return { entry: ctx.entries.platforms.find((e) => e.id === a), path: ['id'] };
  for (const entry of ctx.entries.categories) {
    const found = walk(entry.raw, 'features.*.id').find((f) => f.value === a);
    if (found) return { entry, path: found.path };
  }
  return { path: [] };
}

export const changesExplainFacts: Rule = {
  name: 'changes-explain-facts',
  description:
    "Replaying content/changes/*.yaml over baseline.json gives exactly today's statuses, qualifiers, stances and listed CNIs, features and platforms.",
  run(ctx) {
    const { baseline, ordered, mismatches, diffs } = explainFacts(ctx);
    if (!baseline) return [];
    const problems: Problem[] = mismatches.map((m) => {
      const { entry } = ordered[m.entry]!;
      return ctx.at(entry, ['changes', m.item, 'from'], m.message, 'correct "from", or order the entries by date so each starts where the previous one ended');
    });
    const newEntities = diffs.filter((d) => /^(cni|feature|platform)\//.test(d.key)).map((d) => itemFor(d));
    for (const diff of diffs) {
      const item = itemFor(diff);
      const coveredByEntity = !/^(cni|feature|platform)\//.test(diff.key) && newEntities.some((e) => belongsTo(diff.key, e));
      if (coveredByEntity) continue;
      const { entry, path } = locate(ctx, diff.key);
      const what = /^(cni|feature|platform)\//.test(diff.key)
        ? `${diff.key.split('/')[0]} "${diff.key.split('/')[1]}" was ${item.field} with no changelog entry`
        : `${diff.key.split('/').slice(1).join(' × ')} changed from ${diff.from ?? '(none)'} to ${diff.to ?? '(none)'} with no changelog entry`;
      const fix = `record it in a content/changes/<date>-<slug>.yaml entry (npm run changes:draft prints the items): ${JSON.stringify(item)}`;
      problems.push(entry ? ctx.at(entry, path, what, fix) : { file: 'content/changes', field: diff.key, message: what, fix });
    }
    return problems;
  },
};
