/** Builds small in-memory datasets for unit tests, and loads the real one. */
import { buildDataset, type Dataset } from '../../src/lib/dataset.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import type { Cni } from '../../src/schemas/cnis.ts';
import type { Status } from '../../src/schemas/status.ts';
import type { SupportCell } from '../../src/schemas/support.ts';

const src = [{ url: 'https://example.org/d', title: 'Docs' }];

export function cell(status: Status, extra: Partial<SupportCell> = {}): SupportCell {
  return {
    status,
    sources: status === 'unknown' ? [] : src,
    verified: '2026-01-01',
    ...(status === 'partial' || status === 'unknown' ? { note: `${status} because of a test` } : {}),
    ...extra,
  };
}

export function cniFixture(id: string, extra: Partial<Cni> = {}): Cni {
  return {
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    summary: 's'.repeat(80),
    kind: 'plugin',
    maintainer: 'm',
    license: 'Apache-2.0',
    cncf: 'none',
    language: 'Go',
    homepage: 'https://example.org',
    repository: 'https://example.org',
    docs: 'https://example.org',
    latest: { version: '1.0', released: '2026-01-01', source: 'https://example.org' },
    maintenance: 'active',
    components: [],
    installMethods: [],
    strengths: [],
    limitations: [],
    sources: src,
    verified: '2026-01-01',
    ...extra,
  };
}

/** statuses: { cniId: { featureId: status | cell } } over features f1..fn in one category. */
export function tinyDataset(statuses: Record<string, Record<string, Status | SupportCell>>, cniExtra: Record<string, Partial<Cni>> = {}): Dataset {
  const featureIds = [...new Set(Object.values(statuses).flatMap((s) => Object.keys(s)))];
  return buildDataset({
    cnis: Object.keys(statuses).map((id) => cniFixture(id, cniExtra[id])),
    categories: [
      {
        id: 'cat',
        name: 'Cat',
        description: 'A test category here.',
        order: 1,
        features: featureIds.map((id) => ({ id, name: `Feature ${id}`, description: 'x'.repeat(20), why: 'y'.repeat(20), keywords: [] })),
      },
    ],
    support: Object.entries(statuses).map(([cni, cells]) => ({
      cni,
      features: Object.fromEntries(Object.entries(cells).map(([f, v]) => [f, typeof v === 'string' ? cell(v) : v])),
    })),
  });
}

let real: Dataset | undefined;
export function realDataset(): Dataset {
  if (!real) {
    // CNI_CONTENT_DIR points the tests at other content, as it does the check and the build.
    const { content, problems } = checkContent(process.cwd(), { contentDir: process.env.CNI_CONTENT_DIR });
    if (problems.length) throw new Error(`content has ${problems.length} problems; run npm run check:data`);
    real = buildDataset(content);
  }
  return real;
}
