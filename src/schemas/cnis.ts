/** Schema for `content/cnis/<id>.yaml`: one CNI plugin's profile. */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema, sourcedSentenceSchema, upstreamSchema, urlSchema, versionSchema } from './common.ts';

export const CNI_KINDS = ['plugin', 'meta', 'combination'] as const;
export const CNCF_STATUSES = ['graduated', 'incubating', 'sandbox', 'none'] as const;
export const MAINTENANCE_STATES = ['active', 'maintenance', 'archived'] as const;

export const CNCF_LABELS: Record<(typeof CNCF_STATUSES)[number], string> = {
  graduated: 'CNCF graduated',
  incubating: 'CNCF incubating',
  sandbox: 'CNCF sandbox',
  none: 'Not a CNCF project',
};
export const KIND_LABELS: Record<(typeof CNI_KINDS)[number], string> = {
  plugin: 'Plugin',
  meta: 'Meta-plugin (delegates to other plugins)',
  combination: 'Combination of other plugins',
};
export const MAINTENANCE_LABELS: Record<(typeof MAINTENANCE_STATES)[number], string> = {
  active: 'Actively maintained',
  maintenance: 'Maintenance only',
  archived: 'Archived, unmaintained',
};

export const componentSchema = z.strictObject({
  /** Component name as the project spells it (`cilium-agent`). */
  name: z.string().min(1),
  /** How it is deployed (`DaemonSet on every node`). */
  runsAs: z.string().min(1),
  /** What it does, one sentence. */
  role: z.string().min(10),
});

export const cniSchema = z
  .strictObject({
    /** Stable id; equals the file name. */
    id: idSchema,
    /** Display name. */
    name: z.string().min(1),
    /** Other names people search for ("VPC CNI", "DPv2"). */
    aliases: z.array(z.string().min(2)).optional(),
    /** One neutral paragraph: what it is and how it works. */
    summary: z.string().min(80, 'write a full paragraph (80 characters or more)'),
    /** `plugin`, `meta` (calls other plugins, e.g. Multus) or `combination` (e.g. Canal). */
    kind: z.enum(CNI_KINDS),
    /** For `combination`: the CNI ids it combines. */
    combines: z.array(idSchema).optional(),
    /** For a provider's managed build of another CNI (GKE Dataplane V2 is Cilium): that CNI's id. */
    basedOn: idSchema.optional(),
    /** For a plugin only a cloud provider runs or installs for you: who manages it and where. */
    managed: z
      .strictObject({
        /** The provider that chooses its version and flags. */
        provider: z.string().min(2),
        /** Platform ids where it runs. */
        platforms: z.array(idSchema).min(1),
        /** Whether you can install it yourself outside those platforms. */
        selfInstallable: z.boolean(),
      })
      .optional(),
    /** Who maintains it. */
    maintainer: z.string().min(2),
    /** SPDX licence id(s). */
    license: z.string().min(2),
    /** Extra licence detail (dual licences). */
    licenseNote: z.string().optional(),
    /** CNCF maturity. */
    cncf: z.enum(CNCF_STATUSES),
    /** Main implementation language. */
    language: z.string().min(1),
    homepage: urlSchema,
    repository: urlSchema,
    docs: urlSchema,
    /** Where `npm run check:upstream` looks for newer releases; absent where a provider picks the version. */
    upstream: upstreamSchema.optional(),
    /** Newest release we describe. */
    latest: z.strictObject({ version: versionSchema, released: isoDateSchema, source: urlSchema }),
    /** Whether the project is still maintained. */
    maintenance: z.enum(MAINTENANCE_STATES),
    /** Required unless active: what happened and when. */
    maintenanceNote: z.string().optional(),
    /** Main moving parts. */
    components: z.array(componentSchema).min(1),
    /** Official ways to install it. */
    installMethods: z.array(z.strictObject({ name: z.string().min(2), url: urlSchema })).min(1),
    /** Paid editions sold by a vendor, if any. */
    commercial: z.array(z.strictObject({ name: z.string().min(2), vendor: z.string().min(2), url: urlSchema })).optional(),
    strengths: z.array(sourcedSentenceSchema).min(1),
    limitations: z.array(sourcedSentenceSchema).min(1),
    /** Sources for licence, CNCF status, maintainer and components. */
    sources: z.array(sourceSchema).min(1),
    /** The day the profile was checked. */
    verified: isoDateSchema,
  })
  .superRefine((cni, ctx) => {
    if (cni.kind === 'combination' && !(cni.combines && cni.combines.length >= 2)) {
      ctx.addIssue({ code: 'custom', path: ['combines'], message: 'a combination must list the CNI ids it combines (at least two)' });
    }
    if (cni.kind !== 'combination' && cni.combines) {
      ctx.addIssue({ code: 'custom', path: ['combines'], message: `only kind "combination" may list combines (this one is "${cni.kind}")` });
    }
    if (cni.maintenance !== 'active' && !cni.maintenanceNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['maintenanceNote'],
        message: `a "${cni.maintenance}" project needs a maintenanceNote saying what happened and when`,
      });
    }
  });

export type Cni = z.infer<typeof cniSchema>;
export type CniKind = Cni['kind'];
