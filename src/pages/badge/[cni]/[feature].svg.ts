/**
 * `/badge/<cni>/<feature>.svg`: a static badge for one cell (status word + glyph, since, verified),
 * for other teams' docs. `BadgeSnippet.astro` offers the Markdown and HTML that embed it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../data/dataset.ts';
import { cellOf } from '../../../lib/dataset.ts';
import { badgeSvg, type BadgeInput } from '../../../lib/badges/badge.ts';

export const getStaticPaths = (async () => {
  const ds = await getDataset();
  return ds.cnis.flatMap((c) =>
    ds.features.map((f) => {
      const cell = cellOf(ds, c.id, f.id);
      const badge: BadgeInput = {
        cni: c.id,
        cniName: c.name,
        feature: f.id,
        featureName: f.name,
        status: cell.status,
        verified: cell.verified,
        ...(cell.since ? { since: cell.since } : {}),
      };
      return { params: { cni: c.id, feature: f.id }, props: { badge } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ badge: BadgeInput }> = ({ props }) =>
  new Response(badgeSvg(props.badge), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
