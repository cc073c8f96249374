import { COLLECTION_NAMES, defOf } from '../../../schemas/collections.ts';
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';
import { asRecord, walk } from '../walk.ts';

/** Every mapping the registry marks as covering an id space has a key for every id in it (every CNI × feature cell, every platform × CNI stance). */
export const coverage: Rule = {
  name: 'coverage',
  description: 'Every CNI has a cell for every feature, and every platform a stance for every CNI; a missing one is an error.',
  run(ctx) {
    const problems: Problem[] = [];
    for (const name of COLLECTION_NAMES) {
      for (const cov of defOf(name).coverage ?? []) {
        const ids = [...ctx.idsIn(cov.of)].sort();
        for (const entry of ctx.entries[name]) {
          for (const found of walk(entry.raw, cov.path)) {
            const map = asRecord(found.value);
            if (!map) continue;
            for (const id of ids.filter((i) => !(i in map))) {
              problems.push(
                ctx.at(
                  entry,
                  found.path,
                  `no entry for "${id}" (every ${cov.of === 'cnis' ? 'CNI' : 'feature'} needs one here)`,
                  `add "${id}:" under ${found.path.join('.')} ${cov.hint}`,
                ),
              );
            }
          }
        }
      }
    }
    return problems;
  },
};
