/**
 * `/og/<section>/<id>.png`: the 1200 × 630 social card of every pair, CNI, feature, platform,
 * migration and scenario page (and of home and the matrix), drawn at build from the data.
 * Pages point at them with `ogImageFor(ds, kind, id)` from src/lib/og/cards.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { allOgCards, type OgCard } from '../../lib/og/cards.ts';
import { drawCardsInBackground, renderCardPng, type RenderOptions } from '../../lib/og/render.ts';
import regular from '../../lib/og/fonts/inter-latin-400-normal.woff?inline';
import bold from '../../lib/og/fonts/inter-latin-700-normal.woff?inline';

const fromDataUrl = (url: string) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
const fonts = { regular: fromDataUrl(regular), bold: fromDataUrl(bold) };

const SITE = new URL(import.meta.env.SITE ?? 'http://localhost:4321');
const options: RenderOptions = { fonts, siteHost: SITE.host };
/**
 * Set when the build lists the pages, before it renders any: the cards are then drawn on worker
 * threads while the build renders the HTML pages on its main thread.
 */
let drawn: ((card: OgCard) => Promise<Uint8Array>) | undefined;

export const getStaticPaths = (async () => {
  const cards = allOgCards(await getDataset());
  drawn = drawCardsInBackground(cards, options);
  return cards.map((card) => ({ params: { path: card.path.slice('/og/'.length, -'.png'.length) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) => {
  const png = await (drawn ? drawn(props.card) : renderCardPng(props.card, options));
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
