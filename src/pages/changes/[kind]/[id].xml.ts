/** One Atom feed per CNI, feature and platform: /changes/cni/<id>.xml, /changes/feature/<id>.xml, /changes/platform/<id>.xml. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../../data/dataset.ts';
import { atomFeed, filterChanges } from '../../../lib/changes.ts';

export async function getStaticPaths() {
  const ds = await getDataset();
  return [
    ...ds.cnis.map((c) => ({ params: { kind: 'cni', id: c.id }, props: { name: c.name, page: `/cni/${c.id}/` } })),
    ...ds.features.map((f) => ({ params: { kind: 'feature', id: f.id }, props: { name: f.name, page: `/features/${f.id}/` } })),
    ...ds.platforms.map((p) => ({ params: { kind: 'platform', id: p.id }, props: { name: p.name, page: `/platforms/${p.id}/` } })),
  ];
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const ds = await getDataset();
  const kind = params.kind as 'cni' | 'feature' | 'platform';
  const entries = filterChanges(ds.changes, { [kind]: params.id });
  const body = atomFeed(ds, entries, {
    site: site!.href,
    path: `/changes/${kind}/${params.id}.xml`,
    pagePath: `/changes/?${kind}=${params.id}`,
    title: `CNI Compare: changes to ${String(props.name)}`,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
