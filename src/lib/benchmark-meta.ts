/** Reads the "excluded" explanations from content/benchmarks/sources.meta.yaml (build time only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export function excludedBenchmarkSources(root = process.cwd()): { id: string; reason: string }[] {
  const dir = process.env.CNI_CONTENT_DIR ?? join(root, 'content');
  try {
    const meta = parse(readFileSync(join(dir, 'benchmarks', 'sources.meta.yaml'), 'utf8')) as { excluded?: Record<string, string> };
    return Object.entries(meta.excluded ?? {}).map(([id, reason]) => ({ id, reason }));
  } catch {
    return [];
  }
}
