import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { endOfSupportIcs } from '../../lib/exports.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(endOfSupportIcs(await getDataset(), site!.href), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
