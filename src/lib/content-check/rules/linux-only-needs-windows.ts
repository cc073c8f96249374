import type { Rule } from '../context.ts';
import { rawCells } from '../context.ts';

/** The feature whose cell says whether a plugin networks Windows nodes. */
export const WINDOWS_FEATURE = 'windows-nodes';

export const linuxOnlyNeedsWindows: Rule = {
  name: 'linux-only-needs-windows',
  description: '"nodes: linux-only" appears only where the plugin also networks Windows nodes (its windows-nodes cell is yes or partial).',
  run(ctx) {
    return ctx.entries.support.flatMap((entry) => {
      const cells = rawCells(entry);
      const windows = cells.find(([id]) => id === WINDOWS_FEATURE)?.[1]?.status;
      if (windows === 'yes' || windows === 'partial') return [];
      return cells
        .filter(([, cell]) => cell.nodes === 'linux-only')
        .map(([feature]) =>
          ctx.at(
            entry,
            ['features', feature, 'nodes'],
            `"linux-only" in a plugin that does not network Windows nodes (its ${WINDOWS_FEATURE} cell is ${JSON.stringify(windows ?? 'missing')})`,
            'remove nodes: linux-only; every feature of a Linux-only plugin is Linux-only',
          ),
        );
    });
  },
};
