/** Schema for `content/support/<cni>.yaml`: one CNI's status for every feature. */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema, versionSchema } from './common.ts';
import { STATUSES_NEEDING_NOTE, statusSchema } from './status.ts';
import { DEFAULTS, MATURITIES, NODE_LIMITS } from './qualifiers.ts';

/** A short phrase shown next to a status ("Helm chart only"): 3 to 60 characters. */
const shortPhrase = z.string().trim().min(3, 'write a few words (3 characters or more)').max(60, 'keep it under 60 characters; put detail in the note');

/** The typed qualifiers shared by a cell and each earlier state in its history. */
export const qualifierFields = {
  /** Maturity of the feature, or of the upstream API it implements when that is less mature. */
  maturity: z.enum(MATURITIES).optional(),
  /** Whether it is on in a default install. */
  default: z.enum(DEFAULTS).optional(),
  /** `linux-only` where the plugin also networks Windows nodes but this feature does not work there. */
  nodes: z.enum(NODE_LIMITS).optional(),
  /** Only some install methods, modes or platforms, in a few words ("Helm chart only"). */
  scope: shortPhrase.optional(),
  /** A mandatory behaviour of the feature's definition that is missing, in a few words. */
  gap: shortPhrase.optional(),
  /** Only in a non-default mode that rules out other main features: what it rules out, in a few words. */
  excludes: shortPhrase.optional(),
};

/** An earlier state of a cell: what it was until a release or date changed it. Oldest first. */
export const historyEntrySchema = z
  .strictObject({
    /** The status in that period. */
    status: statusSchema,
    ...qualifierFields,
    /** Release in which that state began, where known. */
    since: versionSchema.optional(),
    /** Release in which it changed to the next state (the next entry, or the current cell). */
    until: versionSchema.optional(),
    /** Date of that change, where the release is not the right unit (a managed service). */
    date: isoDateSchema.optional(),
    /** What it was like then, in our own words. */
    note: z.string().trim().min(10, 'a note needs at least a full short sentence').optional(),
    /** Where the change is documented (release notes, changelog, the PR that changed it). */
    sources: z.array(sourceSchema).min(1, 'cite where the change is documented'),
  })
  .superRefine((entry, ctx) => {
    if (!entry.until && !entry.date)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'a history entry needs "until" (the release that changed it) or "date"' });
  });
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const supportCellSchema = z
  .strictObject({
    /** yes | partial | no | unknown (open-source edition). */
    status: statusSchema,
    ...qualifierFields,
    /** Release in which it arrived, where the project documents it. */
    since: versionSchema.optional(),
    /** What a reader needs to know: gaps, prerequisites, defaults. Required for partial and unknown. */
    note: z.string().trim().min(10, 'a note needs at least a full short sentence').optional(),
    /** True when only a paid edition (or a paid add-on of a cloud provider) has what the open-source edition lacks. */
    commercial: z.boolean().optional(),
    /** For combinations and meta-plugins: which plugin actually provides it (a CNI id, or `delegate`). */
    providedBy: idSchema.optional(),
    /** Official sources; at least one unless the status is unknown. */
    sources: z.array(sourceSchema).default([]),
    /** The day this cell was checked. */
    verified: isoDateSchema,
    /** Earlier states, oldest first. */
    history: z.array(historyEntrySchema).optional(),
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
