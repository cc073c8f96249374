import type { Rule } from '../context.ts';
import { rawCells } from '../context.ts';
import { asRecord } from '../walk.ts';

export const outdatedClaimsShowHistory: Rule = {
  name: 'outdated-claims-show-history',
  description: 'A claim judged "outdated" concerns at least one cell whose history records the change.',
  run(ctx) {
    const cells = new Map(ctx.entries.support.map((e) => [e.id, new Map(rawCells(e))]));
    return ctx.entries.claims.flatMap((entry) => {
      const claim = asRecord(entry.raw);
      if (claim?.verdict !== 'outdated') return [];
      const cnis = Array.isArray(claim.cnis) ? claim.cnis.filter((c): c is string => typeof c === 'string') : [];
      const features = Array.isArray(claim.features) ? claim.features.filter((f): f is string => typeof f === 'string') : [];
      const shown = cnis.some((c) =>
        features.some((f) => Array.isArray(cells.get(c)?.get(f)?.history) && (cells.get(c)!.get(f)!.history as unknown[]).length > 0),
      );
      if (shown) return [];
      const pairs = cnis.flatMap((c) => features.map((f) => `${c} × ${f}`));
      return [
        ctx.at(
          entry,
          ['verdict'],
          `an outdated claim, but none of its cells (${pairs.join(', ') || 'it names no features'}) records the change in its history`,
          'add a history entry (status until the release that changed it, with a source) to the cell the claim is about, and list that feature under features',
        ),
      ];
    });
  },
};
