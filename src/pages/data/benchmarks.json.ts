import type { APIRoute } from 'astro';
import { BUILD_DAY, getDataset } from '../../data/dataset.ts';
import { benchmarksJson } from '../../lib/exports.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(benchmarksJson(await getDataset(), BUILD_DAY), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
