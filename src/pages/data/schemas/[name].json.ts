import type { APIRoute } from 'astro';
import { getDataset } from '../../../data/dataset.ts';
import { JSON_SCHEMAS, jsonSchemaFor } from '../../../lib/json-schemas.ts';

export function getStaticPaths() {
  return Object.keys(JSON_SCHEMAS).map((name) => ({ params: { name } }));
}
export const GET: APIRoute = async ({ params }) => {
  const ds = await getDataset();
  const ids = { features: ds.features.map((f) => f.id), cnis: ds.cnis.map((c) => c.id) };
  return new Response(JSON.stringify(jsonSchemaFor(params.name!, ids), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
};
