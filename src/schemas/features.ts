/** Schema for `content/features/<category>.yaml`: a category and the features in it. */
import { z } from 'astro/zod';
import { idSchema } from './common.ts';

export const featureSchema = z.strictObject({
  /** Stable id used in URLs (`/features/<id>/`) and support files. */
  id: idSchema,
  /** Display name. */
  name: z.string().min(2),
  /** Exactly what counts as support: the test each cell is judged against. */
  description: z.string().min(20),
  /** Why a platform team should care. */
  why: z.string().min(20),
  /** Synonyms people search for. */
  keywords: z.array(z.string().min(2)).default([]),
});
export type Feature = z.infer<typeof featureSchema>;

export const categorySchema = z.strictObject({
  /** Stable id used in URLs (`/matrix/?category=policy`); equals the file name. */
  id: idSchema,
  name: z.string().min(2),
  description: z.string().min(20),
  /** Position in the matrix and indexes (1 = first). */
  order: z.number().int().positive(),
  features: z.array(featureSchema).min(1, 'a category needs at least one feature'),
});
export type Category = z.infer<typeof categorySchema>;
