/** Schema for `content/platforms/<id>.yaml`: where a cluster runs, and what that decides about its CNI. */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema, upstreamSchema, urlSchema } from './common.ts';

export const PLATFORM_KINDS = ['managed', 'distribution', 'installer', 'local'] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];
export const PLATFORM_KIND_LABELS: Record<PlatformKind, string> = {
  managed: 'Managed Kubernetes service',
  distribution: 'Kubernetes distribution',
  installer: 'Cluster installer',
  local: 'Local development cluster',
};

export const STANCES = ['default', 'bundled', 'supported', 'partner', 'compatible', 'unavailable'] as const;
export type Stance = (typeof STANCES)[number];
/** Labels, glyphs and meanings: a stance is never shown by colour alone. */
export const STANCE_INFO: Record<Stance, { label: string; icon: string; meaning: string }> = {
  default: { label: 'Default', icon: '★', meaning: 'What a new cluster gets unless you choose otherwise.' },
  bundled: { label: 'Bundled', icon: '▣', meaning: 'Shipped with the platform and selectable at install.' },
  supported: { label: 'Supported', icon: '✓', meaning: 'Not bundled, but the platform vendor supports it.' },
  partner: { label: 'Partner', icon: '⇄', meaning: 'The vendor points to a third party for support.' },
  compatible: { label: 'Compatible', icon: '○', meaning: 'Documented to work; no vendor support.' },
  unavailable: { label: 'Unavailable', icon: '✗', meaning: 'Cannot be used on this platform.' },
};

export const CNI_CHANGE = ['yes', 'migration', 'no'] as const;
export type CniChange = (typeof CNI_CHANGE)[number];
export const CNI_CHANGE_INFO: Record<CniChange, { label: string; meaning: string }> = {
  yes: { label: 'Can be changed', meaning: 'The CNI can be replaced on a running cluster.' },
  migration: { label: 'Documented migration', meaning: 'A documented migration path exists for some moves.' },
  no: { label: 'Rebuild to change', meaning: 'The CNI is fixed when the cluster is created; changing it means a new cluster.' },
};

/** A mode or variant of the platform that changes the answer (EKS Fargate, GKE Autopilot). */
export const platformModeSchema = z.strictObject({
  /** Stable id within the platform (`fargate`, `autopilot`). */
  id: idSchema,
  name: z.string().min(2),
  /** What changes for networking in this mode, in our own words. */
  note: z.string().trim().min(20),
  sources: z.array(sourceSchema).min(1),
});
export type PlatformMode = z.infer<typeof platformModeSchema>;

/** A stance that differs in one mode (e.g. `unavailable` on Fargate). */
export const modeStanceSchema = z.strictObject({
  /** A mode id declared under `modes`. */
  mode: idSchema,
  stance: z.enum(STANCES),
  note: z.string().trim().min(10).optional(),
});

export const stanceSchema = z.strictObject({
  stance: z.enum(STANCES),
  /** What a reader needs to know; required except for `compatible` and `unavailable` with an obvious reason. */
  note: z.string().trim().min(10, 'a note needs at least a full short sentence'),
  /** Platform versions it applies to, in words ("1.29 and later", "all supported versions"). */
  versions: z.string().trim().min(2).default('all supported versions'),
  /** Where the stance differs by mode. */
  modes: z.array(modeStanceSchema).optional(),
  /** Official sources for the stance; at least one. */
  sources: z.array(sourceSchema).min(1, 'cite at least one official source'),
  verified: isoDateSchema,
});
export type PlatformStance = z.infer<typeof stanceSchema>;

export const platformSchema = z.strictObject({
  /** Stable id; equals the file name. */
  id: idSchema,
  name: z.string().min(2),
  kind: z.enum(PLATFORM_KINDS),
  vendor: z.string().min(2),
  homepage: urlSchema,
  docs: urlSchema,
  /** One neutral paragraph: what it is and how it treats networking. */
  summary: z.string().trim().min(80, 'write a full paragraph (80 characters or more)'),
  /** Where `npm run check:upstream` looks for newer releases; absent for managed services. */
  upstream: upstreamSchema.optional(),
  /** The newest release described (a Kubernetes version for a managed service). */
  latest: z.strictObject({
    version: z.string().min(1),
    released: isoDateSchema.optional(),
    source: urlSchema,
  }),
  /** The default CNI; more than one where it depends on the mode, each with its condition. */
  defaults: z
    .array(z.strictObject({ cni: idSchema, when: z.string().trim().min(3).optional(), sources: z.array(sourceSchema).min(1) }))
    .min(1, 'name the default CNI'),
  /** Whether the CNI can be changed after the cluster is created. */
  cniChange: z.strictObject({
    value: z.enum(CNI_CHANGE),
    note: z.string().trim().min(10),
    sources: z.array(sourceSchema).min(1),
  }),
  /** Modes and variants that change the answer. */
  modes: z.array(platformModeSchema).default([]),
  /** A stance for every CNI of the site, by CNI id. */
  stances: z.record(z.string(), stanceSchema),
  /** Sources for name, kind, vendor and latest release. */
  sources: z.array(sourceSchema).min(1),
  verified: isoDateSchema,
});
export type Platform = z.infer<typeof platformSchema>;
