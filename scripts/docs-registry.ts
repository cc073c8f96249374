/** `npm run docs:registry`: rewrites the README's collection table from src/schemas/collections.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withRegistryTable } from '../src/lib/registry-docs.ts';

const before = readFileSync('README.md', 'utf8');
const after = withRegistryTable(before);
writeFileSync('README.md', after);
console.log(before === after ? 'README.md: the collection table is up to date.' : 'README.md: the collection table was regenerated.');
