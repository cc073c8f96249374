/** `/matrix/cells.json`: the matrix's cell previews (note's first sentence, since, verified, sources), fetched on first hover or focus. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { matrixPreview } from '../../lib/matrix-preview.ts';

export const GET: APIRoute = async () => {
  const body = JSON.stringify(matrixPreview(await getDataset()));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
