import type { Rule } from '../context.ts';
import { asRecord } from '../walk.ts';

export const archivedCnisHaveMigration: Rule = {
  name: 'archived-cnis-have-migration',
  description: 'Every archived CNI has at least one migration path away from it, so its users are told where to go.',
  run(ctx) {
    const leaving = new Set(ctx.entries.migrations.map((e) => asRecord(e.raw)?.from));
    return ctx.entries.cnis
      .filter((e) => asRecord(e.raw)?.maintenance === 'archived' && !leaving.has(e.id))
      .map((e) =>
        ctx.at(
          e,
          ['maintenance'],
          `"${e.id}" is archived but no migration leads away from it`,
          `add content/migrations/${e.id}-to-<cni>.yaml (method: rebuild, with a source, where no guide exists)`,
        ),
      );
  },
};
