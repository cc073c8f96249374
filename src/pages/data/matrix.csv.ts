import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { matrixCsv } from '../../lib/exports.ts';

export const GET: APIRoute = async () => new Response(matrixCsv(await getDataset()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
