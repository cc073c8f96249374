/**
 * What each article component accepts, so the data check can verify MDX bodies before Astro renders
 * them. `index.ts` must export exactly these names (a unit test checks it).
 */
import type { IdSpace } from '../../schemas/collections.ts';

/** An id or a list of ids of a space (plus accepted extra values), or free text. */
export type AttributeKind = { id: IdSpace; extra?: readonly string[] } | { ids: IdSpace; extra?: readonly string[] } | 'text' | 'texts';

export interface ComponentContract {
  required: Record<string, AttributeKind>;
  optional?: Record<string, AttributeKind>;
  /** Whether it wraps content (`<Figure>…</Figure>`). */
  children?: boolean;
}

export const MDX_COMPONENTS: Record<string, ComponentContract> = {
  Status: { required: { cni: { id: 'cnis' }, feature: { id: 'features' } } },
  Note: { required: { cni: { id: 'cnis' }, feature: { id: 'features' } } },
  FeatureTable: { required: { features: { ids: 'features' } }, optional: { cnis: { ids: 'cnis' }, caption: 'text' } },
  BenchmarkTable: {
    required: { source: { id: 'benchmarks' }, tests: 'texts', metric: 'text' },
    optional: { cnis: { ids: 'cnis', extra: ['baremetal'] }, caption: 'text' },
  },
  Claim: { required: { id: { id: 'claims' } } },
  Figure: { required: { caption: 'text' }, children: true },
  PlatformDefaults: { required: {}, optional: { platforms: { ids: 'platforms' }, caption: 'text' } },
};
