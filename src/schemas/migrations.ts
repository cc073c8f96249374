/** Schema for `content/migrations/<from>-to-<to>.yaml`: what it takes to leave one CNI for another. */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema, urlSchema, versionSchema } from './common.ts';

export const MIGRATION_METHODS = ['live-per-node', 'dual-overlay', 'offline', 'rebuild'] as const;
export type MigrationMethod = (typeof MIGRATION_METHODS)[number];
export const METHOD_INFO: Record<MigrationMethod, { label: string; meaning: string }> = {
  'live-per-node': {
    label: 'Live, node by node',
    meaning: 'Nodes are switched one at a time while the cluster keeps serving; pods restart as their node is drained.',
  },
  'dual-overlay': {
    label: 'Live, with both overlays side by side',
    meaning: 'Both plugins run at once with separate pod CIDRs and overlays, so migrated and unmigrated pods can talk while nodes move one by one.',
  },
  offline: {
    label: 'In place, with a maintenance window',
    meaning: 'The plugin is replaced on the existing cluster, but pod networking is interrupted while it happens.',
  },
  rebuild: {
    label: 'Rebuild',
    meaning: 'No documented in-place path: build a new cluster with the target plugin and move workloads to it.',
  },
};

export const PLATFORM_SUPPORT = ['documented', 'unsupported', 'impossible'] as const;
export const POLICY_OUTCOMES = ['same', 'translate', 'rewrite', 'lost'] as const;
export const POLICY_OUTCOME_LABELS: Record<(typeof POLICY_OUTCOMES)[number], string> = {
  same: 'Carries over unchanged',
  translate: 'Has an equivalent; translate it',
  rewrite: 'No equivalent; rewrite by hand',
  lost: 'No equivalent at the target',
};

export const migrationSchema = z
  .strictObject({
    /** `<from>-to-<to>`; equals the file name. */
    id: idSchema,
    /** A CNI id or a legacy plugin id (content/legacy-plugins). */
    from: idSchema,
    /** A CNI id. */
    to: idSchema,
    method: z.enum(MIGRATION_METHODS),
    /** One line: the shape of the path in our own words, for lists and cards. */
    summary: z.string().trim().min(20),
    /** What downtime to expect, in our own words. */
    downtime: z.string().trim().min(10),
    /** Minimum versions of either side for the documented path. */
    minimumVersions: z.array(z.strictObject({ cni: idSchema, version: versionSchema })).default([]),
    /** The official guide; required unless the method is `rebuild`. */
    guide: z.strictObject({ url: urlSchema, title: z.string().min(3) }).optional(),
    /** Tools and resources the path uses. */
    tooling: z.array(z.string().trim().min(2)).default([]),
    /** Steps in outline, our own words (the guide has the commands). */
    steps: z.array(z.string().trim().min(10)).default([]),
    /** Where the path is documented, unsupported or impossible. */
    platforms: z
      .array(z.strictObject({ platform: idSchema, support: z.enum(PLATFORM_SUPPORT), note: z.string().trim().min(10), sources: z.array(sourceSchema).min(1) }))
      .default([]),
    /** How network policy carries over, resource by resource. */
    policies: z.array(z.strictObject({ resource: z.string().min(3), outcome: z.enum(POLICY_OUTCOMES), note: z.string().trim().min(10) })).default([]),
    /** Known issues in the project's tracker. */
    knownIssues: z.array(z.strictObject({ title: z.string().min(5), url: urlSchema })).default([]),
    sources: z.array(sourceSchema).min(1),
    verified: isoDateSchema,
  })
  .superRefine((m, ctx) => {
    if (m.method !== 'rebuild' && !m.guide) ctx.addIssue({ code: 'custom', path: ['guide'], message: `a "${m.method}" path needs the official guide` });
    if (m.from === m.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'a migration needs two different plugins' });
    if (m.id !== `${m.from}-to-${m.to}`) ctx.addIssue({ code: 'custom', path: ['id'], message: `the id must be "${m.from}-to-${m.to}"` });
  });
export type Migration = z.infer<typeof migrationSchema>;
