/**
 * `npm run benchmarks:import [sourceDir]`: regenerates content/benchmarks/<id>.json from the public
 * benchmark data (default data/benchmarks-source, kept in the repository) and the hand-written provenance in
 * content/benchmarks/sources.meta.yaml. Every value is copied as published; a missing value stays
 * missing with its reason, never zero. Validates the output with the collection schema.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseCsv } from '../src/lib/csv.ts';
import { benchmarkSourceSchema, type BenchmarkConfig, type BenchmarkResult, type BenchmarkSource } from '../src/schemas/benchmarks.ts';

const root = resolve('.');
const shared = resolve(process.argv[2] ?? join(root, 'data', 'benchmarks-source'));
const outDir = join(root, 'content', 'benchmarks');
if (!existsSync(join(shared, 'sources.json'))) {
  console.error(`benchmarks:import: no sources.json in ${shared}. Pass the folder holding the shared benchmark data as the first argument.`);
  process.exit(1);
}
const meta = parseYaml(readFileSync(join(outDir, 'sources.meta.yaml'), 'utf8')) as { sources: Record<string, Record<string, unknown>> };
const provenance = JSON.parse(readFileSync(join(shared, 'sources.json'), 'utf8')) as Record<string, { raw_data_commit?: string; verified_on?: string }>;

/** Source CNI names → our CNI ids (`baremetal` for baselines, `other` for plugins we do not profile). */
const CNI_IDS: Record<string, string> = {
  Antrea: 'antrea',
  Calico: 'calico',
  'Calico VPP': 'calico',
  Canal: 'canal',
  Cilium: 'cilium',
  Flannel: 'flannel',
  'Kube-OVN': 'kube-ovn',
  'Kube-router': 'kube-router',
  'Weave Net': 'weave-net',
  'baremetal (no Kubernetes)': 'baremetal',
  'host network (baseline)': 'baremetal',
  Macvlan: 'other',
  'SR-IOV': 'other',
};
const DISPLAY: Record<string, string> = { baremetal: 'Bare metal (host to host)' };

function cniId(name: string): string {
  const id = CNI_IDS[name];
  if (!id) throw new Error(`benchmarks:import: no CNI id mapping for "${name}"; add it to CNI_IDS`);
  return id;
}
const num = (v: string | undefined): number | null => (v === undefined || v.trim() === '' ? null : Number(v));
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const testId = (protocol: string, streams: number, path: string) => (streams === 0 ? 'idle' : `${protocol.toLowerCase()}-${streams}-${path}`);
const cleanVersion = (v: string) => (v && !/not (stated|recorded)/.test(v) ? v.replace(/^"|"$/g, '') : undefined);

/**
 * One row of an InfraBuilder summary CSV (median, min, max over the runs that produced a value).
 * Fewer than three runs, or none, is recorded in `missing` with the source's own note.
 */
function summaryResult(r: Record<string, string>, pathOverride?: BenchmarkResult['path']): BenchmarkResult {
  const streams = Number(r.streams);
  const median = num(r.value_median);
  const runs = Number(r.n_runs);
  const note = r.notes?.trim();
  return {
    config: r.config_id!,
    test: testId(r.protocol || 'none', streams, r.path!),
    protocol: (r.protocol || 'none') as BenchmarkResult['protocol'],
    streams,
    path: pathOverride ?? (r.path as BenchmarkResult['path']),
    ...(r.role ? { role: r.role as 'client' | 'server' } : {}),
    metric: r.metric!,
    unit: r.unit!,
    median,
    min: num(r.value_min),
    max: num(r.value_max),
    runs,
    ...(median === null
      ? { missing: note || 'no run produced a value' }
      : runs < 3
        ? { missing: `${3 - runs} of 3 runs produced no value${note ? `: ${note}` : ''}` }
        : {}),
  };
}

/** Variant labels for the 2024 source's configuration ids. */
const VARIANTS_2024: Record<string, string> = {
  antrea: 'default',
  'antrea-ipsec': 'ipsec',
  'antrea-noencap': 'native-routing',
  'antrea-wg': 'wireguard',
  calico: 'iptables',
  'calico-ebpf': 'ebpf',
  'calico-ebpf-wg': 'ebpf-wireguard',
  'calico-wg': 'wireguard',
  'calico-vpp': 'vpp',
  'calico-vpp-ipsec': 'vpp-ipsec',
  'calico-vpp-wg': 'vpp-wireguard',
  canal: 'default',
  cilium: 'default',
  'cilium-hubble-full': 'hubble-full',
  'cilium-ipsec': 'ipsec',
  'cilium-nohubble': 'no-hubble',
  'cilium-nokproxy': 'kube-proxy-replacement',
  'cilium-wg': 'wireguard',
  flannel: 'default',
  kubeovn: 'default',
  kuberouter: 'default',
  'kuberouter-all': 'ipvs-service-proxy',
  baremetal: 'baseline',
};

function importInfraBuilder2024(): { configs: BenchmarkConfig[]; results: BenchmarkResult[] } {
  const dir = join(shared, 'infrabuilder-2024-40g');
  const configs = parseCsv(readFileSync(join(dir, 'configs.csv'), 'utf8')).map((c): BenchmarkConfig => {
    const cni = cniId(c.cni!);
    const version = cleanVersion(c.cni_version!);
    const variant = VARIANTS_2024[c.config_id!];
    if (!variant) throw new Error(`benchmarks:import: no variant label for 2024 config "${c.config_id}"`);
    return {
      id: c.config_id!,
      cni,
      variant,
      label: cni === 'baremetal' ? DISPLAY.baremetal! : `${c.cni}${version && /^\d/.test(version) ? ` ${version}` : ''}, ${c.variant}`,
      ...(version ? { version } : {}),
      details: [
        c.dataplane && `Dataplane: ${c.dataplane}`,
        c.encapsulation && `Encapsulation: ${c.encapsulation}`,
        c.encryption && c.encryption !== 'none' && `Encryption: ${c.encryption}`,
        c.kube_proxy && `Service proxy: ${c.kube_proxy}`,
        c.pod_mtu_observed && `Pod MTU ${c.pod_mtu_observed}`,
        c.node_kernel_observed && `Kernel ${c.node_kernel_observed}`,
        c.install && `Install: ${c.install}`,
      ].filter((x): x is string => Boolean(x)),
    };
  });
  const results = parseCsv(readFileSync(join(shared, 'infrabuilder-2024-40g.csv'), 'utf8')).map((r) =>
    // The bare-metal run is host to host; the source files it under the pod-to-pod test codes.
    summaryResult(r, r.config_id === 'baremetal' && r.path === 'pod-to-pod' ? 'host-to-host' : undefined),
  );
  return { configs, results };
}

function importInfraBuilder2020(): { configs: BenchmarkConfig[]; results: BenchmarkResult[] } {
  const dir = join(shared, 'infrabuilder-2020-10g');
  const configs = parseCsv(readFileSync(join(dir, 'configs.csv'), 'utf8')).map((c): BenchmarkConfig => {
    const version = cleanVersion(c.cni_version!);
    return {
      id: c.config_id!,
      cni: cniId(c.cni!),
      variant: slug(c.variant!.replace(/\(.*\)/, '')) || 'default',
      label: `${c.cni}${version && /^\d/.test(version) ? ` ${version}` : ''}, ${c.variant!.replace(/\s*\(.*\)/, '')} (Ubuntu ${c.ubuntu}, ${c.kernel_flavour} kernel)`,
      ...(version ? { version } : {}),
      details: [
        c.encapsulation_and_mtu_setting && `Encapsulation and MTU: ${c.encapsulation_and_mtu_setting}`,
        c.encryption && c.encryption !== 'none' && `Encryption: ${c.encryption}`,
        c.pod_mtu_observed && `Pod MTU ${c.pod_mtu_observed}`,
        c.kernel_observed && `Kernel ${c.kernel_observed}`,
        c.k8s_observed && `Kubernetes ${c.k8s_observed}`,
        c.manifest && c.manifest !== 'not in repo' ? `Manifest: ${c.manifest}` : 'Manifest: not in the repository',
      ].filter((x): x is string => Boolean(x)),
    };
  });
  const results = parseCsv(readFileSync(join(shared, 'infrabuilder-2020-10g.csv'), 'utf8')).map((r) => ({ ...summaryResult(r), mean: num(r.value_mean) }));
  return { configs, results };
}

/** Small published tables: one value per cell, no run statistics. */
function importTable(file: string): { configs: BenchmarkConfig[]; results: BenchmarkResult[] } {
  const rows = parseCsv(readFileSync(join(shared, file), 'utf8'));
  const configs = new Map<string, BenchmarkConfig>();
  const results: BenchmarkResult[] = [];
  for (const r of rows) {
    const cni = cniId(r.cni!);
    const version = cleanVersion(r.cni_version!);
    const configId = slug(`${r.cni}-${r.variant}`);
    if (!configs.has(configId)) {
      configs.set(configId, {
        id: configId,
        cni,
        variant: slug(r.variant!) || 'default',
        label: cni === 'baremetal' ? `Host network (${r.variant})` : `${r.cni}${version ? ` ${version}` : ''}, ${r.variant}`,
        ...(version ? { version } : {}),
        details: [],
      });
    }
    const where = r.path!;
    const path: BenchmarkResult['path'] = where.startsWith('pod-to-pod')
      ? 'pod-to-pod'
      : where.startsWith('pod-to-service')
        ? 'pod-to-service'
        : where.startsWith('pod-to-node')
          ? 'pod-to-node'
          : 'host-to-host';
    const protocol = /udp/i.test(`${r.test} ${r.metric}`) ? 'UDP' : 'TCP';
    const value = num(r.value);
    results.push({
      config: configId,
      test: slug(`${r.test} ${where}`),
      protocol,
      streams: 1,
      path,
      metric: r.metric!,
      unit: r.unit!,
      median: value,
      min: value,
      max: value,
      runs: 1,
      ...(value === null ? { missing: 'no value printed in the source' } : {}),
    });
  }
  return { configs: [...configs.values()], results };
}

const importers: Record<string, () => { configs: BenchmarkConfig[]; results: BenchmarkResult[] }> = {
  'infrabuilder-2024-40g': importInfraBuilder2024,
  'infrabuilder-2020-10g': importInfraBuilder2020,
  'kubeovn-docs-perf-tuning': () => importTable('kubeovn-docs-perf-tuning.csv'),
  'kubeovn-wiki-packet': () => importTable('kubeovn-wiki-packet.csv'),
  'daocloud-docs-cni-perf-2023': () => importTable('daocloud-docs-cni-perf-2023.csv'),
};

let failed = false;
for (const [id, m] of Object.entries(meta.sources)) {
  const importer = importers[id];
  if (!importer) {
    console.error(`benchmarks:import: no importer for "${id}"`);
    failed = true;
    continue;
  }
  const { configs, results } = importer();
  const source: BenchmarkSource = benchmarkSourceSchema.parse({
    id,
    ...m,
    ...(provenance[id]?.raw_data_commit ? { rawDataCommit: provenance[id]!.raw_data_commit } : {}),
    verified: provenance[id]?.verified_on ?? m.verified,
    configs,
    results,
  });
  writeFileSync(join(outDir, `${id}.json`), `${JSON.stringify(source, null, 1)}\n`);
  const missing = results.filter((r) => r.median === null).length;
  console.log(`${id}: ${configs.length} configurations, ${results.length} results (${missing} missing, kept with reasons)`);
}
if (failed) process.exit(1);
