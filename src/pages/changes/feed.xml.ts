import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { atomFeed } from '../../lib/changes.ts';

export const GET: APIRoute = async ({ site }) => {
  const ds = await getDataset();
  const body = atomFeed(ds, ds.changes, {
    site: site!.href,
    path: '/changes/feed.xml',
    pagePath: '/changes/',
    title: 'CNI Compare: every change to the facts',
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
