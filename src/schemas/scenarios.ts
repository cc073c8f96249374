/** Schema for `content/scenarios/<id>.yaml`: a named set of requirements with a computed recommendation. */
import { z } from 'astro/zod';
import { idSchema } from './common.ts';

export const scenarioSchema = z
  .strictObject({
    /** Stable id used in `/recommend/<id>/`; equals the file name. */
    id: idSchema,
    /** Page title, e.g. "Mixed Linux and Windows nodes". */
    title: z.string().min(5),
    /** One line: the team this is for. */
    audience: z.string().min(10),
    /** One-sentence description for cards, search and social previews. */
    description: z.string().min(20),
    /** Feature ids that are hard requirements. */
    must: z.array(idSchema).default([]),
    /** Feature ids that are preferences. */
    want: z.array(idSchema).default([]),
    /** Where the cluster runs (a platform id): CNIs unavailable there are excluded. */
    platform: idSchema.optional(),
    /** Whether paid-edition features may count. */
    commercial: z.boolean().default(false),
    /** Why these requirements follow from the situation (prose, own words). */
    rationale: z.string().min(40),
    /** Position on `/recommend/` (1 = first). */
    order: z.number().int().positive(),
  })
  .superRefine((s, ctx) => {
    if (s.must.length + s.want.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['must'], message: 'a scenario needs at least one must or want feature' });
    }
    for (const id of s.want) {
      if (s.must.includes(id)) {
        ctx.addIssue({ code: 'custom', path: ['want'], message: `"${id}" is both must and want; keep it in one list` });
      }
    }
  });
export type Scenario = z.infer<typeof scenarioSchema>;
