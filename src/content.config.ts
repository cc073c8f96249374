/** Wires every collection of the registry (`src/schemas/collections.ts`) to Astro's content layer. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './schemas/collections.ts';

/** Where content lives; the scale benchmark and test fixtures point this at generated content. */
const CONTENT_DIR = process.env.CNI_CONTENT_DIR ?? './content';

type AstroCollection = { [N in CollectionName]: (typeof COLLECTIONS)[N]['astro'] extends true ? N : never }[CollectionName];

const make = <N extends CollectionName>(name: N) => {
  const def = COLLECTIONS[name];
  return defineCollection({ loader: glob({ pattern: def.pattern, base: `${CONTENT_DIR}/${def.folder}` }), schema: def.schema as (typeof COLLECTIONS)[N]['schema'] });
};

export const collections = Object.fromEntries(COLLECTION_NAMES.filter((name) => COLLECTIONS[name].astro).map((name) => [name, make(name)])) as {
  [N in AstroCollection]: ReturnType<typeof make<N>>;
};
