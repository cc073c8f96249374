/** Loads the collections once per build and assembles the dataset every page derives from. */
import { getCollection } from 'astro:content';
import { buildDataset, type Dataset, type DatasetInput } from '../lib/dataset.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../schemas/collections.ts';

let cached: Promise<Dataset> | undefined;

/** Every collection Astro loads, as plain data, in the registry's order. */
async function loadAll(): Promise<Record<string, unknown[]>> {
  const names = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].astro && name !== 'articles');
  const lists = await Promise.all(names.map((name) => getCollection(name as never) as Promise<{ data: unknown }[]>));
  return Object.fromEntries(names.map((name, i) => [name, lists[i]!.map((e) => e.data)]));
}

export function getDataset(): Promise<Dataset> {
  cached ??= loadAll().then((all) => buildDataset(all as unknown as DatasetInput));
  return cached;
}

/** The build's date, used for staleness and "generated" stamps. */
export const BUILD_DATE = new Date();
export const BUILD_DAY = BUILD_DATE.toISOString().slice(0, 10);

export interface ArticleSummary {
  slug: string;
  title: string;
  description: string;
  updated: string;
  order: number;
  cnis: string[];
  features: string[];
}

let articleSummaries: Promise<ArticleSummary[]> | undefined;

/** Article metadata for indexes and "related articles" lists, built once per build. */
export function getArticleSummaries(): Promise<ArticleSummary[]> {
  articleSummaries ??= getCollection('articles').then((entries) =>
    entries
      .map((e) => ({ slug: e.id, title: e.data.title, description: e.data.description, updated: e.data.updated, order: e.data.order, cnis: e.data.cnis, features: e.data.features }))
      .sort((a, b) => a.order - b.order),
  );
  return articleSummaries;
}
