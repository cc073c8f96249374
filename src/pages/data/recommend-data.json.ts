/** The compact data /recommend/ ranks from in the browser (not a public download; see /data/matrix.json). */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { compactRecommendData } from '../../lib/recommend.ts';
import { summarizeNote } from '../../lib/note-summary.ts';

export const GET: APIRoute = async () => {
  const ds = await getDataset();
  const data = { verifiedAsOf: ds.verifiedAsOf, ...compactRecommendData(ds, (note) => summarizeNote(note).text) };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
