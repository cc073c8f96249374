/**
 * Reads the "excluded" explanations from content/benchmarks/sources.meta.yaml (build time only). The
 * data check validates that file (collection `benchmarkMeta`) before any build, so a missing or broken
 * file fails there with its line; this reader fails loudly too rather than emptying the list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { benchmarkMetaSchema } from '../schemas/benchmarks.ts';

export function excludedBenchmarkSources(root = process.cwd()): { id: string; reason: string }[] {
  const dir = process.env.CNI_CONTENT_DIR ?? join(root, 'content');
  const meta = benchmarkMetaSchema.parse(parse(readFileSync(join(dir, 'benchmarks', 'sources.meta.yaml'), 'utf8')));
  return Object.entries(meta.excluded).map(([id, reason]) => ({ id, reason }));
}
