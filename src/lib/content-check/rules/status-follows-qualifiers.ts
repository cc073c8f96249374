import { limitingQualifiers, QUALIFIER_KEYS, type CellQualifiers } from '../../../schemas/qualifiers.ts';
import type { Rule } from '../context.ts';
import { rawCells } from '../context.ts';
import type { Problem } from '../problems.ts';
import { asRecord } from '../walk.ts';

const LIMITING_HINT = 'maturity: alpha|beta, nodes: linux-only, scope, gap or excludes';

/** Checks one cell-like record (a cell, or a state in its history) against the methodology's rule. */
function problemsOf(cell: Record<string, unknown>): { field: string; message: string; fix: string }[] {
  const status = cell.status;
  const limits = limitingQualifiers(cell as CellQualifiers);
  const present = QUALIFIER_KEYS.filter((k) => cell[k] !== undefined);
  if (status === 'yes' && limits.length) {
    return [
      {
        field: limits[0]!,
        message: `status "yes" contradicts ${limits.map((k) => `${k}: ${String(cell[k])}`).join(', ')} (the methodology makes that partial)`,
        fix: 'set status: partial, or remove the qualifier if it no longer applies',
      },
    ];
  }
  if (status === 'partial' && !limits.length) {
    return [
      {
        field: 'status',
        message: 'status "partial" names no limiting qualifier, so the reason for partial is not typed',
        fix: `add the one that applies (${LIMITING_HINT}); if none does, the status is yes or no`,
      },
    ];
  }
  if ((status === 'no' || status === 'unknown') && present.length) {
    return [
      {
        field: present[0]!,
        message: `status "${String(status)}" carries qualifier(s) ${present.join(', ')}`,
        fix: 'remove them: qualifiers describe support that exists',
      },
    ];
  }
  return [];
}

export const statusFollowsQualifiers: Rule = {
  name: 'status-follows-qualifiers',
  description:
    'partial exactly when a limiting qualifier (alpha/beta, Linux-only, scope, gap, excludes) is present; yes carries none; no/unknown carry no qualifiers.',
  run(ctx) {
    const problems: Problem[] = [];
    for (const entry of ctx.entries.support) {
      for (const [feature, cell] of rawCells(entry)) {
        for (const p of problemsOf(cell)) problems.push(ctx.at(entry, ['features', feature, p.field], p.message, p.fix));
        const history = Array.isArray(cell.history) ? cell.history : [];
        history.forEach((state, i) => {
          const record = asRecord(state);
          if (record) for (const p of problemsOf(record)) problems.push(ctx.at(entry, ['features', feature, 'history', i, p.field], p.message, p.fix));
        });
      }
    }
    return problems;
  },
};
