/** Schema for `content/legacy-plugins/<id>.yaml`: platform-native networking that is not a CNI of the site but that teams migrate away from (kubenet, OpenShift SDN). */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema } from './common.ts';

export const legacyPluginSchema = z.strictObject({
  /** Stable id; equals the file name. Must not clash with a CNI id. */
  id: idSchema,
  name: z.string().min(2),
  /** Platform ids where it is found. */
  platforms: z.array(idSchema).min(1),
  /** What it is and what is happening to it, in our own words. */
  note: z.string().trim().min(30),
  /** Date after which the vendor no longer supports it, where published. */
  retirement: isoDateSchema.optional(),
  sources: z.array(sourceSchema).min(1),
  verified: isoDateSchema,
});
export type LegacyPlugin = z.infer<typeof legacyPluginSchema>;
