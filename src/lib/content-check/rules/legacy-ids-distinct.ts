import type { Rule } from '../context.ts';

export const legacyIdsDistinct: Rule = {
  name: 'legacy-ids-distinct',
  description: 'A legacy plugin id is not also a CNI id, so a migration\'s "from" means one thing.',
  run(ctx) {
    return ctx.entries.legacyPlugins
      .filter((e) => ctx.ids.cnis.has(e.id))
      .map((e) => ctx.at(e, ['id'], `"${e.id}" is also a CNI id`, 'profile it as a CNI or as a legacy plugin, not both'));
  },
};
