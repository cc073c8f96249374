import { COLLECTIONS, COLLECTION_NAMES, type IdSpace, type Reference } from '../../../schemas/collections.ts';
import type { Rule } from '../context.ts';
import { nearest, type Problem } from '../problems.ts';
import { walk } from '../walk.ts';

const SPACE_NAMES: Record<IdSpace, string> = {
  cnis: 'CNI',
  features: 'feature',
  platforms: 'platform',
  legacyPlugins: 'legacy plugin',
  claims: 'claim',
  benchmarks: 'benchmark source',
  categories: 'category',
  support: 'support file',
  scenarios: 'scenario',
  articles: 'article',
  benchmarkMeta: 'benchmark meta',
  releases: 'releases file',
  migrations: 'migration',
  changes: 'change entry',
  factBaseline: 'fact baseline',
};
const WHERE: Partial<Record<IdSpace, string>> = { features: 'content/features/*.yaml' };

/** Every reference the registry declares resolves to an id that exists. */
export const references: Rule = {
  name: 'references',
  description: 'Every declared reference (CNI, feature, platform, legacy plugin ids) names something that exists, with a "did you mean".',
  run(ctx) {
    const problems: Problem[] = [];
    for (const name of COLLECTION_NAMES) {
      for (const ref of COLLECTIONS[name].references as readonly Reference[]) {
        const known = new Set([...ref.to.flatMap((space) => [...ctx.idsIn(space)]), ...(ref.extra ?? [])]);
        const label = ref.to.map((s) => SPACE_NAMES[s as IdSpace] ?? s).join(' or ');
        for (const entry of ctx.entries[name]) {
          for (const found of walk(entry.raw, ref.path)) {
            if (typeof found.value !== 'string' || known.has(found.value)) continue;
            const where = ref.to
              .map((s) => WHERE[s as IdSpace] ?? `content/${(COLLECTIONS as Record<string, { folder: string } | undefined>)[s]?.folder ?? s}/`)
              .join(' or ');
            const list = known.size === 0 ? ` from ${where} (none is defined yet)` : known.size <= 20 ? `: ${[...known].sort().join(', ')}` : ` from ${where}`;
            problems.push(
              ctx.at(entry, found.path, `unknown ${label} id "${found.value}"`, `use one of the ids${list}${nearest(found.value, known)}`, {
                key: found.isKey,
              }),
            );
          }
        }
      }
    }
    return problems;
  },
};
