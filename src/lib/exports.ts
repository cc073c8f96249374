/** The public download formats under `/data/`. Their shape is a contract: change it only additively. */
import type { Dataset } from './dataset.ts';
import { cellOf } from './dataset.ts';
import { toCsv } from './csv.ts';
import { QUALIFIER_KEYS, qualifierLabels, type CellQualifiers } from '../schemas/qualifiers.ts';

/** The typed qualifiers a cell carries, in their fixed order, for downloads. */
export function qualifiersOf(cell: CellQualifiers): CellQualifiers {
  return Object.fromEntries(QUALIFIER_KEYS.filter((k) => cell[k] !== undefined).map((k) => [k, cell[k]])) as CellQualifiers;
}

export function matrixJson(ds: Dataset, generated: string) {
  return {
    generated,
    verifiedAsOf: ds.verifiedAsOf,
    cnis: ds.cnis.map((c) => ({
      id: c.id,
      name: c.name,
      version: c.latest.version,
      released: c.latest.released,
      maintenance: c.maintenance,
      ...(c.maintenanceNote ? { maintenanceNote: c.maintenanceNote } : {}),
      cncf: c.cncf,
      kind: c.kind,
      ...(c.combines ? { combines: c.combines } : {}),
      ...(c.basedOn ? { basedOn: c.basedOn } : {}),
      ...(c.managed ? { managed: c.managed } : {}),
      license: c.license,
      homepage: c.homepage,
      repository: c.repository,
    })),
    categories: ds.categories.map((c) => ({ id: c.id, name: c.name })),
    features: ds.features.map((f) => ({ id: f.id, name: f.name, category: f.category, description: f.description })),
    support: Object.fromEntries(
      ds.cnis.map((c) => [
        c.id,
        Object.fromEntries(
          ds.features.map((f) => {
            const cell = cellOf(ds, c.id, f.id);
            return [
              f.id,
              {
                status: cell.status,
                ...qualifiersOf(cell),
                ...(cell.note ? { note: cell.note } : {}),
                ...(cell.since ? { since: cell.since } : {}),
                ...(cell.commercial ? { commercial: true } : {}),
                ...(cell.providedBy ? { providedBy: cell.providedBy } : {}),
                sources: cell.sources.map((s) => ({ url: s.url, title: s.title })),
                verified: cell.verified,
                ...(cell.history?.length ? { history: cell.history } : {}),
              },
            ];
          }),
        ),
      ]),
    ),
  };
}

export const MATRIX_CSV_HEADER = ['cni', 'cni_name', 'category', 'feature', 'feature_name', 'status', 'since', 'commercial', 'provided_by', 'note', 'source_urls', 'verified', 'qualifiers'] as const;

export function matrixCsv(ds: Dataset): string {
  const rows = ds.cnis.flatMap((c) =>
    ds.features.map((f) => {
      const cell = cellOf(ds, c.id, f.id);
      return [c.id, c.name, f.category, f.id, f.name, cell.status, cell.since, cell.commercial ? 'true' : '', cell.providedBy, cell.note, cell.sources.map((s) => s.url).join(' '), cell.verified, qualifierLabels(cell).map((q) => q.label).join('; ')];
    }),
  );
  return toCsv(MATRIX_CSV_HEADER, rows);
}

export function benchmarksJson(ds: Dataset, generated: string) {
  return {
    generated,
    sources: ds.benchmarks.map(({ results: _results, configs, ...source }) => ({ ...source, configs })),
    results: ds.benchmarks.flatMap((s) =>
      s.results.map((r) => {
        const config = s.configs.find((c) => c.id === r.config);
        return { source: s.id, cni: config?.cni ?? null, variant: config?.variant ?? null, version: config?.version ?? null, ...r };
      }),
    ),
  };
}

export const BENCHMARK_CSV_HEADER = ['source', 'config', 'cni', 'variant', 'version', 'test', 'protocol', 'streams', 'path', 'role', 'metric', 'unit', 'median', 'min', 'max', 'mean', 'runs', 'missing'] as const;

export function benchmarksCsv(ds: Dataset): string {
  const rows = ds.benchmarks.flatMap((s) =>
    s.results.map((r) => {
      const c = s.configs.find((x) => x.id === r.config);
      return [s.id, r.config, c?.cni, c?.variant, c?.version, r.test, r.protocol, r.streams, r.path, r.role, r.metric, r.unit, r.median, r.min, r.max, r.mean, r.runs, r.missing];
    }),
  );
  return toCsv(BENCHMARK_CSV_HEADER, rows);
}
