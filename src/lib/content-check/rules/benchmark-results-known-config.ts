import type { Rule } from '../context.ts';
import { walk } from '../walk.ts';

export const benchmarkResultsKnownConfig: Rule = {
  name: 'benchmark-results-known-config',
  description: 'Each benchmark result refers to a configuration declared in the same source.',
  run(ctx) {
    return ctx.entries.benchmarks.flatMap((entry) => {
      const configs = new Set(walk(entry.raw, 'configs.*.id').map((f) => f.value));
      return walk(entry.raw, 'results.*.config')
        .filter((f) => typeof f.value === 'string' && !configs.has(f.value))
        .map((f) => ctx.at(entry, f.path, `result refers to unknown config "${String(f.value)}"`, 'add the configuration to configs or correct the id'));
    });
  },
};
