/** Every collection schema, by collection name: the one list the loader, checks and JSON Schema export share. */
export { cniSchema } from './cnis.ts';
export { categorySchema } from './features.ts';
export { supportFileSchema } from './support.ts';
export { claimSchema } from './claims.ts';
export { scenarioSchema } from './scenarios.ts';
export { articleSchema } from './articles.ts';
export { benchmarkSourceSchema } from './benchmarks.ts';
