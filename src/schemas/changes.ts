/**
 * Schema for `content/changes/<date>-<slug>.yaml`: a dated change to published facts, with why and a
 * source. Replaying every entry over `content/changes/baseline.json` must give today's facts; a fact
 * changed without an entry fails the data check (rule `changes-explain-facts`).
 */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema } from './common.ts';

export const CHANGE_FIELDS = ['added', 'removed', 'status', 'maturity', 'default', 'nodes', 'scope', 'gap', 'excludes', 'stance'] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

export const changeItemSchema = z
  .strictObject({
    /** The CNI concerned (a cell, a stance, or a CNI added or removed). */
    cni: idSchema.optional(),
    /** The feature concerned (a cell, or a feature added or removed). */
    feature: idSchema.optional(),
    /** The platform concerned (a stance, or a platform added or removed). */
    platform: idSchema.optional(),
    /** What changed: a cell's status or qualifier, a platform stance, or an entity added or removed. */
    field: z.enum(CHANGE_FIELDS),
    /** The value before (absent when the fact did not exist). */
    from: z.string().optional(),
    /** The value after (absent when the fact was removed). */
    to: z.string().optional(),
  })
  .superRefine((item, ctx) => {
    const subjects = [item.cni, item.feature, item.platform].filter(Boolean).length;
    if (subjects === 0) ctx.addIssue({ code: 'custom', path: ['cni'], message: 'name the cni, feature or platform the change concerns' });
    if (item.field === 'stance' && !(item.platform && item.cni)) ctx.addIssue({ code: 'custom', path: ['platform'], message: 'a stance change names both platform and cni' });
    if (item.field !== 'stance' && item.field !== 'added' && item.field !== 'removed' && !(item.cni && item.feature)) {
      ctx.addIssue({ code: 'custom', path: ['feature'], message: `a "${item.field}" change names both cni and feature (a cell)` });
    }
    if ((item.field === 'added' || item.field === 'removed') && subjects !== 1) {
      ctx.addIssue({ code: 'custom', path: ['field'], message: `"${item.field}" names exactly one of cni, feature or platform` });
    }
  });
export type ChangeItem = z.infer<typeof changeItemSchema>;

export const CHANGE_KINDS = ['correction', 'update', 'addition', 'methodology'] as const;

export const changeEntrySchema = z.strictObject({
  /** The day the change was published. */
  date: isoDateSchema,
  /** A headline for `/changes/` and the feeds. */
  title: z.string().trim().min(10),
  /** correction (we were wrong), update (the project changed), addition (new coverage), methodology (a rule changed). */
  kind: z.enum(CHANGE_KINDS),
  /** Why, in our own words. */
  why: z.string().trim().min(20),
  sources: z.array(sourceSchema).min(1),
  changes: z.array(changeItemSchema).min(1),
});
export type ChangeEntry = z.infer<typeof changeEntrySchema>;
