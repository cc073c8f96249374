/** Schema for `content/releases/<subject>.yaml`: release lines and support windows of a CNI or a platform. */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema, versionSchema } from './common.ts';

export const RELEASE_SUBJECT_KINDS = ['cni', 'platform'] as const;

const dated = z.strictObject({ version: versionSchema, date: isoDateSchema });

export const releaseLineSchema = z.strictObject({
  /** The release line as the project names it (`1.20`, `3.31`, `v1.34`-style lines without the v). */
  line: versionSchema,
  /** The line's first release (x.y.0) and its date. */
  first: dated,
  /** The newest patch of the line and its date. */
  latest: dated,
  /** End of support, where the project publishes one for this line. */
  endOfSupport: isoDateSchema.optional(),
  /** Minimum Linux kernel for the line, as the project states it ("5.10", "4.18 (RHEL 8)"). */
  kernel: z.string().trim().min(1).optional(),
  /** Kubernetes versions the line supports, where documented. */
  kubernetes: z.strictObject({ min: versionSchema, max: versionSchema.optional() }).optional(),
  /** For platforms: the CNI versions this release bundles. */
  bundles: z.array(z.strictObject({ cni: idSchema, version: versionSchema })).optional(),
  note: z.string().trim().min(10).optional(),
  sources: z.array(sourceSchema).min(1, 'cite the release notes or the project page for this line'),
  verified: isoDateSchema,
});
export type ReleaseLine = z.infer<typeof releaseLineSchema>;

export const releasesSchema = z.strictObject({
  /** The CNI or platform id; equals the file name. */
  subject: idSchema,
  kind: z.enum(RELEASE_SUBJECT_KINDS),
  /** The published support policy. */
  policy: z.strictObject({
    /** The rule in our own words ("the three newest minor releases are supported"). */
    support: z.string().trim().min(10),
    /** When the rule is "the N newest lines are supported": N. Used to compute support where no date is published. */
    supportedLines: z.number().int().positive().optional(),
    /** How to upgrade ("one minor release at a time"). */
    upgrade: z.string().trim().min(10),
    /** Typical time between minor releases, in words, where the project states it. */
    cadence: z.string().trim().min(3).optional(),
    sources: z.array(sourceSchema).min(1),
  }),
  /** Release lines, newest first. */
  lines: z.array(releaseLineSchema).min(1),
  verified: isoDateSchema,
});
export type Releases = z.infer<typeof releasesSchema>;
