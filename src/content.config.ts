/** Wires every collection of the registry (`src/schemas/collections.ts`) to Astro's content layer. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './schemas/collections.ts';

/** Where content lives; the scale benchmark and test fixtures point this at generated content. */
const CONTENT_DIR = process.env.CNI_CONTENT_DIR ?? './content';

type AstroCollection = { [N in CollectionName]: (typeof COLLECTIONS)[N]['astro'] extends true ? N : never }[CollectionName];

/** Each collection's entry type follows from its schema in the registry. */
type Wired<N extends CollectionName> = { loader: ReturnType<typeof glob>; schema: (typeof COLLECTIONS)[N]['schema'] };

export const collections = Object.fromEntries(
  COLLECTION_NAMES.filter((name) => COLLECTIONS[name].astro).map((name) => {
    const def = COLLECTIONS[name];
    return [name, defineCollection({ loader: glob({ pattern: def.pattern, base: `${CONTENT_DIR}/${def.folder}` }), schema: def.schema })];
  }),
) as unknown as { [N in AstroCollection]: Wired<N> };
