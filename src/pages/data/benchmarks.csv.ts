import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { benchmarksCsv } from '../../lib/exports.ts';

export const GET: APIRoute = async () => new Response(benchmarksCsv(await getDataset()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
