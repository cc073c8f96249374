/** Schema for `content/support/<cni>.yaml`: one CNI's status for every feature. */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema, versionSchema } from './common.ts';
import { STATUSES_NEEDING_NOTE, statusSchema } from './status.ts';

export const supportCellSchema = z
  .strictObject({
    /** yes | partial | no | unknown (open-source edition). */
    status: statusSchema,
    /** Release in which it arrived, where the project documents it. */
    since: versionSchema.optional(),
    /** What a reader needs to know: gaps, prerequisites, defaults. Required for partial and unknown. */
    note: z.string().trim().min(10, 'a note needs at least a full short sentence').optional(),
    /** True when only a paid edition has what the open-source edition lacks. */
    commercial: z.boolean().optional(),
    /** For combinations and meta-plugins: which plugin actually provides it (a CNI id, or `delegate`). */
    providedBy: idSchema.optional(),
    /** Official sources; at least one unless the status is unknown. */
    sources: z.array(sourceSchema).default([]),
    /** The day this cell was checked. */
    verified: isoDateSchema,
  })
  .superRefine((cell, ctx) => {
    if (STATUSES_NEEDING_NOTE.includes(cell.status) && !cell.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: `status "${cell.status}" needs a note explaining it` });
    }
    if (cell.status !== 'unknown' && cell.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `status "${cell.status}" needs at least one official source` });
    }
    if (cell.commercial && !cell.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'a commercial cell needs a note naming the paid edition' });
    }
  });
export type SupportCell = z.infer<typeof supportCellSchema>;

export const supportFileSchema = z.strictObject({
  /** The CNI these cells describe; equals the file name. */
  cni: idSchema,
  /** One cell per feature id; every feature in the catalogue must appear. */
  features: z.record(z.string(), supportCellSchema),
});
export type SupportFile = z.infer<typeof supportFileSchema>;
