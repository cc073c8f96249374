/**
 * Builds the Pagefind index for dist/ with the Node API. Any indexing error fails the build;
 * prints how many pages were indexed.
 */
import { createIndex, close } from 'pagefind';
import { resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const { index, errors } = await createIndex({ forceLanguage: 'en' });
if (!index || errors.length) fail(['could not create the index', ...errors]);
const added = await index!.addDirectory({ path: dist });
if (added.errors.length) fail(added.errors);
if (added.page_count === 0) fail(['no page was indexed: is data-pagefind-body missing from every page?']);
const written = await index!.writeFiles({ outputPath: resolve(dist, 'pagefind') });
if (written.errors.length) fail(written.errors);
await close();
console.log(`search index: ${added.page_count} pages indexed in ${Math.round(performance.now() - started)} ms → ${written.outputPath}`);

function fail(messages: string[]): never {
  for (const m of messages) console.error(`search index error: ${m}`);
  void close();
  process.exit(1);
}
