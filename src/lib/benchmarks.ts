/** Selecting and relating benchmark results: highlights per CNI, baselines, percent of bare metal. */
import type { BenchmarkConfig, BenchmarkResult, BenchmarkSource } from '../schemas/benchmarks.ts';

export const BASELINE = 'baremetal';

export interface HighlightRow {
  source: BenchmarkSource;
  config: BenchmarkConfig;
  result: BenchmarkResult;
  baseline?: BenchmarkResult;
  /** Median as a percentage of the same source's bare-metal median, when both exist. */
  percentOfBaseline?: number;
}

/** The result of the source's bare-metal configuration for the same test, metric and role. */
export function baselineFor(source: BenchmarkSource, r: BenchmarkResult): BenchmarkResult | undefined {
  const baseIds = new Set(source.configs.filter((c) => c.cni === BASELINE).map((c) => c.id));
  return source.results.find((b) => baseIds.has(b.config) && b.metric === r.metric && b.role === r.role && b.protocol === r.protocol && b.streams === r.streams && (b.path === r.path || b.path === 'host-to-host'));
}

export function percentOf(value: number | null, base: number | null | undefined): number | undefined {
  if (value === null || base === null || base === undefined || base === 0) return undefined;
  return Math.round((value / base) * 1000) / 10;
}

/** Throughput results for a CNI's configurations in one source, for the given tests. */
export function throughputRows(source: BenchmarkSource, cni: string, tests?: readonly string[]): HighlightRow[] {
  const configs = source.configs.filter((c) => c.cni === cni);
  const rows: HighlightRow[] = [];
  for (const config of configs) {
    for (const result of source.results) {
      if (result.config !== config.id || result.metric !== 'throughput') continue;
      if (tests && !tests.includes(result.test)) continue;
      const baseline = baselineFor(source, result);
      rows.push({ source, config, result, baseline, percentOfBaseline: percentOf(result.median, baseline?.median) });
    }
  }
  return rows;
}

/** Tests used for highlights: single- and multi-stream TCP pod-to-pod, where the source has them. */
export const HIGHLIGHT_TESTS = ['tcp-1-pod-to-pod', 'tcp-8-pod-to-pod'] as const;

export function highlightsFor(sources: readonly BenchmarkSource[], cni: string): HighlightRow[] {
  return sources.filter((s) => s.primary).flatMap((s) => throughputRows(s, cni, HIGHLIGHT_TESTS));
}

export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
