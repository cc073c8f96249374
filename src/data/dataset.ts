/** Loads the collections once per build and assembles the dataset every page derives from. */
import { getCollection } from 'astro:content';
import { buildDataset, type Dataset } from '../lib/dataset.ts';

let cached: Promise<Dataset> | undefined;

export function getDataset(): Promise<Dataset> {
  cached ??= (async () => {
    const [cnis, categories, support, claims, scenarios, benchmarks] = await Promise.all([
      getCollection('cnis'),
      getCollection('categories'),
      getCollection('support'),
      getCollection('claims'),
      getCollection('scenarios'),
      getCollection('benchmarks'),
    ]);
    return buildDataset({
      cnis: cnis.map((e) => e.data),
      categories: categories.map((e) => e.data),
      support: support.map((e) => e.data),
      claims: claims.map((e) => e.data),
      scenarios: scenarios.map((e) => e.data),
      benchmarks: benchmarks.map((e) => e.data),
    });
  })();
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
