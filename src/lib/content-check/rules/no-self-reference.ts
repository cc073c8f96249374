import type { Rule } from '../context.ts';
import { walk } from '../walk.ts';

export const noSelfReference: Rule = {
  name: 'no-self-reference',
  description: 'A CNI neither combines nor is based on itself.',
  run(ctx) {
    return ctx.entries.cnis.flatMap((entry) => [
      ...walk(entry.raw, 'combines.*')
        .filter((f) => f.value === entry.id)
        .map((f) => ctx.at(entry, f.path, 'a CNI cannot combine itself', 'list the other plugins it combines')),
      ...walk(entry.raw, 'basedOn')
        .filter((f) => f.value === entry.id)
        .map((f) => ctx.at(entry, f.path, 'a CNI cannot be based on itself', 'name the upstream CNI it is a build of, or remove basedOn')),
    ]);
  },
};
