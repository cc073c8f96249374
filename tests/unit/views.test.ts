import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionRecordMarkdown, escapeHtml, renderRecommendationHtml } from '../../src/lib/recommend-view.ts';
import { recommend } from '../../src/lib/recommend.ts';
import { comparePair, edgeOf } from '../../src/lib/compare.ts';
import { formatDate, isStale } from '../../src/lib/freshness.ts';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';
import { allPairs, pairSlug } from '../../src/lib/dataset.ts';
import { cell, realDataset, tinyDataset } from '../support/dataset.ts';

const view = { cniNames: {}, featureNames: { f1: 'Feature f1' }, verifiedAsOf: '2026-11-23' };

describe('recommendation rendering', () => {
  test('escapes hostile text from the data', () => {
    const ds = tinyDataset({ alpha: { f1: cell('partial', { note: '<img src=x onerror=alert(1)>' }) } });
    const req = { must: ['f1'], want: [], commercial: false };
    const html = renderRecommendationHtml(recommend(ds, req), req, view);
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.match(html, /<li data-cni="alpha" data-rank="1"/);
  });
  test('an empty question list asks for a requirement instead of ranking', () => {
    assert.match(renderRecommendationHtml({ ranked: [], excluded: [] }, { must: [], want: [], commercial: false }, view), /Choose at least one requirement/);
  });
  test('the decision record names the decision, options, consequences and sources', () => {
    const ds = tinyDataset({ alpha: { f1: 'yes' }, beta: { f1: 'no' } });
    const req = { must: ['f1'], want: [], commercial: false };
    const md = decisionRecordMarkdown(recommend(ds, req), req, view, { url: 'https://x.test/recommend/?must=f1', today: '2026-11-23' });
    for (const heading of ['## Context', '## Decision', '## Options considered', '## Consequences', '## Sources']) assert.ok(md.includes(heading), heading);
    assert.match(md, /Adopt \*\*Alpha\*\*/);
    assert.match(md, /Excluded: Beta: Feature f1: no/);
  });
  test('escapeHtml covers the five characters', () => assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'));
});

describe('pairs and comparisons', () => {
  test('pair slugs are alphabetical and every unordered pair exists once', () => {
    assert.equal(pairSlug('cilium', 'calico'), 'calico-vs-cilium');
    const ds = realDataset();
    const pairs = allPairs(ds);
    const n = ds.cnis.length;
    assert.equal(pairs.length, (n * (n - 1)) / 2);
    assert.equal(new Set(pairs.map(([a, b]) => pairSlug(a, b))).size, pairs.length);
    for (const [a, b] of pairs) assert.ok(a < b, `${a}-vs-${b} is in canonical order`);
  });
  test('edges: yes beats partial beats no; unknown is unclear', () => {
    assert.deepEqual([edgeOf('yes', 'partial'), edgeOf('no', 'partial'), edgeOf('yes', 'unknown'), edgeOf('no', 'no')], ['a', 'b', 'unclear', 'same']);
  });
  test('differing + shared rows cover every feature', () => {
    const ds = realDataset();
    const cmp = comparePair(ds, 'calico', 'cilium');
    assert.equal(cmp.differing.length + cmp.shared.length, ds.features.length);
  });
});

describe('dates and reading time', () => {
  test('stale after 12 months', () => {
    assert.equal(isStale('2025-11-22', new Date('2026-11-23T00:00:00Z')), true);
    assert.equal(isStale('2025-11-24', new Date('2026-11-23T00:00:00Z')), false);
  });
  test('dates are written out unambiguously', () => assert.equal(formatDate('2026-11-23'), '23 November 2026'));
  test('markup and frontmatter do not count as words', () => {
    assert.equal(countWords('---\ntitle: x\n---\nOne two <Status cni="a" feature="b" /> three.'), 3);
    assert.equal(readingMinutes('word '.repeat(1000)), 5);
  });
});

import { summarizeNote } from '../../src/lib/note-summary.ts';
describe('matrix note summaries', () => {
  test('a short note stays whole', () => assert.deepEqual(summarizeNote('Needs kernel 5.6.'), { text: 'Needs kernel 5.6.', truncated: false }));
  test('the first sentence is kept and the rest is marked as cut', () =>
    assert.deepEqual(summarizeNote('Beta since 1.14. Off by default; enable it with a flag.'), { text: 'Beta since 1.14.', truncated: true }));
  test('a long first sentence is cut at a word boundary with an ellipsis', () => {
    const { text, truncated } = summarizeNote(`${'word '.repeat(60)}end.`);
    assert.ok(truncated);
    assert.ok(text.length <= 141 && text.endsWith('word…'), text);
  });
});
