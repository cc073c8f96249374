/**
 * Validates one content file against its collection schema (a quick check while writing content;
 * `npm run check:data` runs every rule). Usage: node scripts/validate-file.ts <schema> <file>
 * where <schema> is one of: cni, support, platform, releases, migration, legacy-plugin, changes, claim.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { cniSchema } from '../src/schemas/cnis.ts';
import { supportFileSchema } from '../src/schemas/support.ts';
import { platformSchema } from '../src/schemas/platforms.ts';
import { releasesSchema } from '../src/schemas/releases.ts';
import { migrationSchema } from '../src/schemas/migrations.ts';
import { legacyPluginSchema } from '../src/schemas/legacy-plugins.ts';
import { changeEntrySchema } from '../src/schemas/changes.ts';
import { claimSchema } from '../src/schemas/claims.ts';
import { limitingQualifiers } from '../src/schemas/qualifiers.ts';

const schemas = {
  cni: cniSchema,
  support: supportFileSchema,
  platform: platformSchema,
  releases: releasesSchema,
  migration: migrationSchema,
  'legacy-plugin': legacyPluginSchema,
  changes: changeEntrySchema,
  claim: claimSchema,
} as const;
const [name, file] = process.argv.slice(2) as [keyof typeof schemas, string];
const schema = schemas[name];
if (!schema || !file) {
  console.error(`usage: node scripts/validate-file.ts <${Object.keys(schemas).join('|')}> <file>`);
  process.exit(2);
}
const data = parse(readFileSync(file, 'utf8'));
const result = schema.safeParse(data);
let bad = 0;
if (!result.success) {
  for (const issue of result.error.issues) {
    console.error(`${file} — ${issue.path.join('.')} — ${issue.message}`);
    bad++;
  }
}
if (name === 'support' && result.success) {
  for (const [feature, cell] of Object.entries((result.data as { features: Record<string, { status: string }> }).features)) {
    const limits = limitingQualifiers(cell as never);
    const c = cell as Record<string, unknown>;
    const anyQualifier = ['maturity', 'default', 'nodes', 'scope', 'gap', 'excludes'].some((k) => c[k] !== undefined);
    if (c.status === 'yes' && limits.length) {
      console.error(`${file} — features.${feature} — "yes" with limiting qualifier(s) ${limits.join(', ')}: make it partial or drop them`);
      bad++;
    }
    if (c.status === 'partial' && !limits.length) {
      console.error(`${file} — features.${feature} — "partial" needs a limiting qualifier (maturity alpha/beta, nodes, scope, gap or excludes)`);
      bad++;
    }
    if ((c.status === 'no' || c.status === 'unknown') && anyQualifier) {
      console.error(`${file} — features.${feature} — "${String(c.status)}" carries no qualifiers`);
      bad++;
    }
  }
}
console.log(bad ? `${bad} problem(s)` : `${file}: valid ${name}`);
process.exit(bad ? 1 : 0);
