import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';
import { asRecord, walk } from '../walk.ts';

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export const benchmarkValuesPlausible: Rule = {
  name: 'benchmark-values-plausible',
  description: 'Benchmark figures are possible: no negative values, min ≤ median ≤ max.',
  run(ctx) {
    const problems: Problem[] = [];
    for (const entry of ctx.entries.benchmarks) {
      for (const found of walk(entry.raw, 'results.*')) {
        const r = asRecord(found.value);
        if (!r) continue;
        const [min, median, max] = [num(r.min), num(r.median), num(r.max)];
        for (const key of ['min', 'median', 'max', 'mean'] as const) {
          const v = num(r[key]);
          if (v !== undefined && v < 0)
            problems.push(
              ctx.at(entry, [...found.path, key], `${key} ${v} is negative`, 'copy the value as published; a missing value is null with its reason'),
            );
        }
        if (min !== undefined && max !== undefined && min > max)
          problems.push(ctx.at(entry, [...found.path, 'min'], `min ${min} is above max ${max}`, 'check the source: the two values are probably swapped'));
        if (median !== undefined && ((min !== undefined && median < min) || (max !== undefined && median > max))) {
          problems.push(
            ctx.at(
              entry,
              [...found.path, 'median'],
              `median ${median} lies outside min ${min ?? '–'} and max ${max ?? '–'}`,
              'check the source and copy the three values again',
            ),
          );
        }
      }
    }
    return problems;
  },
};
