import { COLLECTIONS, COLLECTION_NAMES } from '../../../schemas/collections.ts';
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';
import { walk } from '../walk.ts';

/** Ids are unique within a collection, feature ids across all categories, configuration ids within a benchmark source. */
export const uniqueIds: Rule = {
  name: 'unique-ids',
  description: 'No two entries share an id: per collection, feature ids across categories, configuration ids within a benchmark source.',
  run(ctx) {
    const problems: Problem[] = [];
    for (const name of COLLECTION_NAMES) {
      const field = COLLECTIONS[name].idField;
      const seen = new Map<string, string>();
      for (const entry of ctx.entries[name]) {
        const first = seen.get(entry.id);
        if (first) problems.push(ctx.at(entry, field === 'slug' ? [] : [field], `duplicate id "${entry.id}" (also in ${first})`, 'give each entry its own id'));
        else seen.set(entry.id, entry.file);
      }
    }
    const features = new Map<string, string>();
    for (const entry of ctx.entries.categories) {
      for (const found of walk(entry.raw, 'features.*.id')) {
        if (typeof found.value !== 'string') continue;
        const first = features.get(found.value);
        if (first)
          problems.push(
            ctx.at(entry, found.path, `duplicate feature id "${found.value}" (also in ${first})`, 'feature ids must be unique across all categories'),
          );
        else features.set(found.value, entry.file);
      }
    }
    for (const entry of ctx.entries.benchmarks) {
      const configs = new Set<string>();
      for (const found of walk(entry.raw, 'configs.*.id')) {
        if (typeof found.value !== 'string') continue;
        if (configs.has(found.value)) problems.push(ctx.at(entry, found.path, `duplicate config id "${found.value}"`, 'give each configuration its own id'));
        configs.add(found.value);
      }
    }
    return problems;
  },
};
