import type { Rule } from '../context.ts';

export const cniHasSupportFile: Rule = {
  name: 'cni-has-support-file',
  description: 'Every CNI profile has a support file with its cells.',
  run(ctx) {
    const files = new Set(ctx.entries.support.map((e) => e.slug));
    return ctx.entries.cnis
      .filter((e) => !files.has(e.id))
      .map((e) => ({ ...ctx.at(e, [], `CNI "${e.id}" has no support file`, `create content/support/${e.id}.yaml with a cell for every feature`), line: 1 }));
  },
};
