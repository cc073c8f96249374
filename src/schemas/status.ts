/** The status schema; the values, labels and icons live in `status-values.ts` (no zod, safe for the browser). */
import { z } from 'astro/zod';
import { STATUSES } from './status-values.ts';

export * from './status-values.ts';

export const statusSchema = z.enum(STATUSES, {
  error: (issue) => `expected one of ${STATUSES.map((s) => `"${s}"`).join(', ')}, received ${JSON.stringify(issue.input)}`,
});
