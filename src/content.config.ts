/** Wires each collection's loader to its schema; the schemas live in `src/schemas/`. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { cniSchema } from './schemas/cnis.ts';
import { categorySchema } from './schemas/features.ts';
import { supportFileSchema } from './schemas/support.ts';
import { claimSchema } from './schemas/claims.ts';
import { scenarioSchema } from './schemas/scenarios.ts';
import { articleSchema } from './schemas/articles.ts';
import { benchmarkSourceSchema } from './schemas/benchmarks.ts';

/** Where content lives; the scale benchmark and test fixtures point this at generated content. */
const CONTENT_DIR = process.env.CNI_CONTENT_DIR ?? './content';
const yaml = (folder: string) => glob({ pattern: '*.{yaml,yml}', base: `${CONTENT_DIR}/${folder}` });

export const collections = {
  cnis: defineCollection({ loader: yaml('cnis'), schema: cniSchema }),
  categories: defineCollection({ loader: yaml('features'), schema: categorySchema }),
  support: defineCollection({ loader: yaml('support'), schema: supportFileSchema }),
  claims: defineCollection({ loader: yaml('claims'), schema: claimSchema }),
  scenarios: defineCollection({ loader: yaml('scenarios'), schema: scenarioSchema }),
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/articles` }), schema: articleSchema }),
  benchmarks: defineCollection({ loader: glob({ pattern: '*.json', base: `${CONTENT_DIR}/benchmarks` }), schema: benchmarkSourceSchema }),
};
