import type { APIRoute } from 'astro';
import { JSON_SCHEMAS, jsonSchemaFor } from '../../../lib/json-schemas.ts';

export function getStaticPaths() {
  return Object.keys(JSON_SCHEMAS).map((name) => ({ params: { name } }));
}
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(jsonSchemaFor(params.name!), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
