/** Selecting and relating benchmark results: highlights per CNI, baselines, percent of bare metal. */
import type { BenchmarkConfig, BenchmarkResult, BenchmarkSource } from '../schemas/benchmarks.ts';
import { forNotice, listParam } from './url-params.ts';

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
  return source.results.find(
    (b) =>
      baseIds.has(b.config) &&
      b.metric === r.metric &&
      b.role === r.role &&
      b.protocol === r.protocol &&
      b.streams === r.streams &&
      (b.path === r.path || b.path === 'host-to-host'),
  );
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

/** Groups of variants readers toggle on /benchmarks/. */
export const VARIANT_GROUPS = [
  { id: 'default', label: 'Defaults' },
  { id: 'encryption', label: 'Encryption (WireGuard, IPsec)' },
  { id: 'ebpf', label: 'eBPF dataplane' },
  { id: 'service-proxy', label: 'Service proxy replaced' },
  { id: 'vpp', label: 'VPP dataplane' },
  { id: 'routing', label: 'Routing mode' },
  { id: 'observability', label: 'Observability on/off' },
] as const;
export type VariantGroup = (typeof VARIANT_GROUPS)[number]['id'];

/** Which toggle group a configuration's variant belongs to (order matters: VPP and encryption first). */
export function variantGroupOf(variant: string): VariantGroup {
  const v = variant.toLowerCase();
  if (v.startsWith('vpp')) return 'vpp';
  if (/wireguard|ipsec|encryption/.test(v)) return 'encryption';
  if (/ebpf/.test(v)) return 'ebpf';
  if (/kube-proxy|ipvs|service-proxy/.test(v)) return 'service-proxy';
  if (/native-routing|noencap|underlay/.test(v)) return 'routing';
  if (/hubble/.test(v)) return 'observability';
  return 'default';
}

export interface ChartRow {
  config: string;
  label: string;
  cni: string;
  group: VariantGroup | 'baseline';
  median: number | null;
  min: number | null;
  max: number | null;
  /** Percent of the same source's bare-metal median for this test and metric. */
  percent?: number;
  /** Extra columns shown in the table (e.g. UDP loss). */
  extra?: Record<string, number | null>;
  missing?: string;
}

/** Rows for one test and metric of a source, baseline first, then by median descending. */
export function chartRows(source: BenchmarkSource, test: string, metric: string, role?: 'client' | 'server', extraMetrics: string[] = []): ChartRow[] {
  const rows: ChartRow[] = [];
  const baseIds = new Set(source.configs.filter((c) => c.cni === BASELINE).map((c) => c.id));
  const pick = (config: string, m: string) =>
    source.results.find((r) => r.config === config && r.test === test && r.metric === m && (role === undefined || r.role === undefined || r.role === role));
  const base = source.configs
    .map((c) => c.id)
    .filter((id) => baseIds.has(id))
    .map((id) => pick(id, metric))
    .find(Boolean);
  for (const config of source.configs) {
    const r = pick(config.id, metric);
    if (!r) continue;
    const isBase = baseIds.has(config.id);
    rows.push({
      config: config.id,
      label: config.label,
      cni: config.cni,
      group: isBase ? 'baseline' : variantGroupOf(config.variant),
      median: r.median,
      min: r.min,
      max: r.max,
      percent: isBase ? 100 : percentOf(r.median, base?.median),
      ...(extraMetrics.length ? { extra: Object.fromEntries(extraMetrics.map((m) => [m, pick(config.id, m)?.median ?? null])) } : {}),
      ...(r.missing ? { missing: r.missing } : {}),
    });
  }
  return rows.sort(
    (a, b) => Number(b.group === 'baseline') - Number(a.group === 'baseline') || (b.median ?? -1) - (a.median ?? -1) || a.label.localeCompare(b.label),
  );
}

export interface ChartState {
  mode: 'absolute' | 'percent';
  range: boolean;
  /** Variant groups shown; empty means all. */
  groups: string[];
}

/** Reads `?mode=percent&range=1&variants=default,encryption`, ignoring and reporting anything unknown. */
export function parseChartState(search: string): { state: ChartState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const modeRaw = params.getAll('mode').at(-1);
  let mode: ChartState['mode'] = 'absolute';
  if (modeRaw === 'percent' || modeRaw === 'absolute') mode = modeRaw;
  else if (modeRaw !== undefined) ignored.push(`mode "${forNotice(modeRaw)}" (use absolute or percent)`);
  const rangeRaw = params.getAll('range').at(-1);
  if (rangeRaw !== undefined && !['0', '1'].includes(rangeRaw)) ignored.push(`range "${forNotice(rangeRaw)}" (use 1 or 0)`);
  const known = VARIANT_GROUPS.map((g) => g.id as string);
  const groups: string[] = [];
  for (const g of listParam(params, 'variants')) {
    if (!known.includes(g)) ignored.push(`variant group "${forNotice(g)}"`);
    else if (!groups.includes(g)) groups.push(g);
  }
  for (const key of new Set(params.keys())) if (!['mode', 'range', 'variants'].includes(key)) ignored.push(`unknown parameter "${forNotice(key)}"`);
  return { state: { mode, range: rangeRaw === '1', groups }, ignored };
}

export function serializeChartState(s: ChartState): string {
  const parts: string[] = [];
  if (s.mode === 'percent') parts.push('mode=percent');
  if (s.range) parts.push('range=1');
  if (s.groups.length) parts.push(`variants=${s.groups.join(',')}`);
  return parts.join('&');
}

export interface BarDatum {
  label: string;
  value: number | null;
  low: number | null;
  high: number | null;
  baseline: boolean;
}

/** What a bar chart draws for a state: the visible rows' values in the chosen unit. The baseline row is always kept. */
export function barData(rows: readonly ChartRow[], state: ChartState): BarDatum[] {
  const shown = rows.filter((r) => r.group === 'baseline' || state.groups.length === 0 || state.groups.includes(r.group));
  const base = rows.find((r) => r.group === 'baseline')?.median ?? null;
  const scale = (v: number | null) => (state.mode === 'percent' ? (percentOf(v, base) ?? null) : v);
  return shown.map((r) => ({
    label: r.label,
    value: scale(r.median),
    low: state.range ? scale(r.min) : null,
    high: state.range ? scale(r.max) : null,
    baseline: r.group === 'baseline',
  }));
}
