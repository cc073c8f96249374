import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COLLECTIONS, COLLECTION_NAMES, defOf } from '../../src/schemas/collections.ts';
import { withRegistryTable } from '../../src/lib/registry-docs.ts';
import { MDX_COMPONENTS } from '../../src/components/mdx/contract.ts';

describe('the registry is the one list of collections', () => {
  test('every declared reference and coverage names a collection or the feature space', () => {
    const spaces = new Set<string>([...COLLECTION_NAMES, 'features']);
    for (const name of COLLECTION_NAMES) {
      for (const ref of defOf(name).references) for (const to of ref.to) assert.ok(spaces.has(to), `${name}: ${ref.path} → ${to}`);
      for (const cov of defOf(name).coverage ?? []) assert.ok(spaces.has(cov.of), `${name}: coverage of ${cov.of}`);
    }
  });

  test('content.config.ts wires every Astro collection from the registry, naming none by hand', () => {
    const config = readFileSync('src/content.config.ts', 'utf8');
    assert.match(config, /COLLECTION_NAMES\.filter/);
    for (const name of COLLECTION_NAMES) assert.ok(!new RegExp(`\\b${name}:\\s*defineCollection`).test(config), `${name} is defined by hand`);
    assert.ok(COLLECTION_NAMES.some((n) => COLLECTIONS[n].astro));
  });

  test("the README's collection table is the one generated from the registry (npm run docs:registry)", () => {
    const readme = readFileSync('README.md', 'utf8');
    assert.equal(withRegistryTable(readme), readme);
    for (const name of COLLECTION_NAMES) assert.ok(readme.includes(`| \`${name}\` |`), name);
  });

  test('the article components the data check knows are exactly the ones articles can use', () => {
    const index = readFileSync('src/components/mdx/index.ts', 'utf8');
    const exported =
      /mdxComponents = \{([^}]*)\}/
        .exec(index)?.[1]
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean) ?? [];
    assert.deepEqual([...exported].sort(), Object.keys(MDX_COMPONENTS).sort());
  });
});
