/** The public download formats under `/data/`. Their shape is a contract: change it only additively. */
import type { Dataset } from './dataset.ts';
import { cellOf } from './dataset.ts';
import { toCsv } from './csv.ts';
import ical from 'ical-generator';
import { endOfSupportEvents, linesOnDay } from './releases.ts';
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

export const MATRIX_CSV_HEADER = [
  'cni',
  'cni_name',
  'category',
  'feature',
  'feature_name',
  'status',
  'since',
  'commercial',
  'provided_by',
  'note',
  'source_urls',
  'verified',
  'qualifiers',
] as const;

export function matrixCsv(ds: Dataset): string {
  const rows = ds.cnis.flatMap((c) =>
    ds.features.map((f) => {
      const cell = cellOf(ds, c.id, f.id);
      return [
        c.id,
        c.name,
        f.category,
        f.id,
        f.name,
        cell.status,
        cell.since,
        cell.commercial ? 'true' : '',
        cell.providedBy,
        cell.note,
        cell.sources.map((s) => s.url).join(' '),
        cell.verified,
        qualifierLabels(cell)
          .map((q) => q.label)
          .join('; '),
      ];
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

export const BENCHMARK_CSV_HEADER = [
  'source',
  'config',
  'cni',
  'variant',
  'version',
  'test',
  'protocol',
  'streams',
  'path',
  'role',
  'metric',
  'unit',
  'median',
  'min',
  'max',
  'mean',
  'runs',
  'missing',
] as const;

export function benchmarksCsv(ds: Dataset): string {
  const rows = ds.benchmarks.flatMap((s) =>
    s.results.map((r) => {
      const c = s.configs.find((x) => x.id === r.config);
      return [
        s.id,
        r.config,
        c?.cni,
        c?.variant,
        c?.version,
        r.test,
        r.protocol,
        r.streams,
        r.path,
        r.role,
        r.metric,
        r.unit,
        r.median,
        r.min,
        r.max,
        r.mean,
        r.runs,
        r.missing,
      ];
    }),
  );
  return toCsv(BENCHMARK_CSV_HEADER, rows);
}

export function platformsJson(ds: Dataset, generated: string) {
  return { generated, platforms: ds.platforms };
}

export function releasesJson(ds: Dataset, generated: string) {
  return {
    generated,
    subjects: Object.values(ds.releases)
      .sort((a, b) => a.subject.localeCompare(b.subject))
      .map((r) => {
        const lines = linesOnDay(r, generated);
        const supported = lines.filter((l) => l.support === 'supported').map((l) => l.line);
        const basis = r.lines.some((l) => l.endOfSupport)
          ? 'published end-of-support dates'
          : r.policy.supportedLines
            ? `the ${r.policy.supportedLines} newest lines are supported`
            : 'no published support window';
        return { ...r, supportedToday: supported, supportBasis: basis };
      }),
  };
}

export function migrationsJson(ds: Dataset, generated: string) {
  return { generated, legacyPlugins: ds.legacyPlugins, migrations: ds.migrations };
}

export function changesJson(ds: Dataset, generated: string) {
  return { generated, changes: ds.changes };
}

/** An iCalendar of every published end-of-support date, for calendar apps to subscribe to. */
export function endOfSupportIcs(ds: Dataset, site: string): string {
  const nameOf = (id: string) => ds.cnis.find((c) => c.id === id)?.name ?? ds.platforms.find((p) => p.id === id)?.name ?? id;
  const calendar = ical({
    name: 'CNI Compare: end of support',
    prodId: { company: 'CNI Compare', product: 'end-of-support', language: 'EN' },
    url: new URL('/data/end-of-support.ics', site).href,
  });
  for (const event of endOfSupportEvents(Object.values(ds.releases), nameOf, site)) {
    const day = new Date(`${event.day}T00:00:00Z`);
    calendar.createEvent({
      id: event.uid,
      start: day,
      allDay: true,
      summary: event.summary,
      description: event.description,
      url: event.url,
      stamp: new Date(`${ds.verifiedAsOf}T00:00:00Z`),
    });
  }
  return calendar.toString();
}

/** The JSON downloads, by file name under /data/ (each has a JSON Schema of the same name in json-schemas.ts). */
export const JSON_DOWNLOADS = {
  matrix: matrixJson,
  benchmarks: benchmarksJson,
  platforms: platformsJson,
  releases: releasesJson,
  migrations: migrationsJson,
  changes: changesJson,
} as const;
