/** Frontmatter schema for `content/articles/<slug>.mdx`. */
import { z } from 'astro/zod';
import { idSchema, isoDateSchema, sourceSchema } from './common.ts';

export const articleSchema = z.strictObject({
  title: z.string().min(5),
  /** One or two sentences for the index, search results and social previews. */
  description: z.string().min(30).max(300),
  /** Last substantive update. */
  updated: isoDateSchema,
  /** Position in the article index (1 = first). */
  order: z.number().int().positive(),
  /** CNI ids the article discusses (checked). */
  cnis: z.array(idSchema).default([]),
  /** Feature ids the article discusses (checked). */
  features: z.array(idSchema).default([]),
  /** Official sources the prose rests on, listed at the end of the article. */
  sources: z.array(sourceSchema).min(1),
});
export type ArticleFrontmatter = z.infer<typeof articleSchema>;
