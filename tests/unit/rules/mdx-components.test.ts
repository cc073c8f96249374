import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, ruleLines } from '../../support/rules.ts';

describe('rule mdx-components', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('mdx-components'), []);
  });

  test('unknown ids in Status and FeatureTable, an unknown component', () => {
    assert.deepEqual(
      ruleLines(
        'mdx-components',
        edit(
          'content/articles/intro.mdx',
          'Alpha says <Status cni="alpha" feature="network-policy" /> for policy.',
          'Alpha says <Status cni="alpah" feature="admin-netpol" /> for policy. <Claim id="no-such-claim" /> <Statsu />',
        ),
      ),
      [
        'content/articles/intro.mdx:11 — body.<Claim>.id — unknown claim id "no-such-claim" — fix: use an existing id',
        'content/articles/intro.mdx:11 — body.<Statsu> — unknown component <Statsu> — fix: use one of <Status>, <Note>, <FeatureTable>, <BenchmarkTable>, <Claim>, <Figure>, <PlatformDefaults> (did you mean "Status"?)',
        'content/articles/intro.mdx:11 — body.<Status>.cni — unknown CNI id "alpah" — fix: use an existing id (did you mean "alpha"?)',
        'content/articles/intro.mdx:11 — body.<Status>.feature — unknown feature id "admin-netpol" — fix: use an existing id',
      ],
    );
  });

  test('an unclosed tag is a problem at its line, not a crash', () => {
    assert.deepEqual(
      ruleLines(
        'mdx-components',
        edit(
          'content/articles/intro.mdx',
          '<FeatureTable features={["network-policy", "dns-policy"]} cnis={["alpha", "beta"]} />',
          '<Figure caption="x">\n\ntext',
        ),
      ),
      [
        'content/articles/intro.mdx:13 — body — not valid MDX: Expected a closing tag for `<Figure>` (13:1) (mdx-jsx:unexpected-character) — fix: close every tag (<X />, or <X>…</X>) and every { expression }',
      ],
    );
  });
});
