import type { Rule } from '../context.ts';
import { rawCells } from '../context.ts';

/** The methodology's promise: unknown stays under this share of all cells. */
export const MAX_UNKNOWN_SHARE = 0.05;

export const unknownShare: Rule = {
  name: 'unknown-share',
  description: `Unknown cells stay under ${MAX_UNKNOWN_SHARE * 100} % of all cells, as the methodology promises.`,
  run(ctx) {
    const cells = ctx.entries.support.flatMap((e) => rawCells(e).map(([feature, cell]) => ({ entry: e, feature, cell })));
    const unknown = cells.filter((c) => c.cell.status === 'unknown');
    if (cells.length === 0 || unknown.length / cells.length < MAX_UNKNOWN_SHARE) return [];
    const first = unknown[0]!;
    return [
      ctx.at(
        first.entry,
        ['features', first.feature, 'status'],
        `${unknown.length} of ${cells.length} cells are unknown (${((unknown.length / cells.length) * 100).toFixed(1)} %, the limit is ${MAX_UNKNOWN_SHARE * 100} %)`,
        'research the unknown cells at official sources before adding more coverage',
      ),
    ];
  },
};
