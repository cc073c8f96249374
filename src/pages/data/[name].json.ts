/** Every JSON download under /data/, from one table in src/lib/exports.ts. */
import type { APIRoute } from 'astro';
import { BUILD_DAY, getDataset } from '../../data/dataset.ts';
import { JSON_DOWNLOADS } from '../../lib/exports.ts';

export function getStaticPaths() {
  return Object.keys(JSON_DOWNLOADS).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params }) => {
  const build = JSON_DOWNLOADS[params.name as keyof typeof JSON_DOWNLOADS];
  return new Response(JSON.stringify(build(await getDataset(), BUILD_DAY), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
