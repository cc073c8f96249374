/**
 * The changelog as readers see it (src/lib/changes.ts): filtering by CNI, feature and platform (shared
 * by /changes/ and the feeds), the URL filter with its notices, and Atom feeds that parse as XML.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atomFeed, entryId, filterChanges, itemMatches, parseChangeFilter } from '../../src/lib/changes.ts';
import type { ChangeEntry } from '../../src/schemas/changes.ts';
import { realDataset, tinyDataset } from '../support/dataset.ts';

const src = [{ url: 'https://example.org/notes', title: 'Release notes' }];
const entries: ChangeEntry[] = [
  {
    date: '2026-12-01',
    title: 'Alpha dual-stack is partial on Windows',
    kind: 'correction',
    why: 'The docs say IPv6 is Linux only.',
    sources: src,
    changes: [
      { cni: 'alpha', feature: 'f1', field: 'status', from: 'yes', to: 'partial' },
      { cni: 'beta', feature: 'f2', field: 'status', from: 'no', to: 'yes' },
    ],
  },
  {
    date: '2026-11-20',
    title: 'Cloud supports Beta & <Gamma>',
    kind: 'update',
    why: 'The vendor now supports both plugins.',
    sources: src,
    changes: [{ platform: 'cloud', cni: 'beta', field: 'stance', from: 'compatible', to: 'supported' }],
  },
  {
    date: '2026-11-01',
    title: 'Platform Cloud added to the site',
    kind: 'addition',
    why: 'Where the cluster runs decides.',
    sources: src,
    changes: [{ platform: 'cloud', field: 'added' }],
  },
];

describe('filtering changes', () => {
  test('by CNI: entries with a matching item, each reduced to its matching items, order kept', () => {
    const out = filterChanges(entries, { cni: 'beta' });
    assert.deepEqual(
      out.map((e) => [e.date, e.changes.map((i) => i.feature ?? i.field)]),
      [
        ['2026-12-01', ['f2']],
        ['2026-11-20', ['stance']],
      ],
    );
  });

  test('by platform: a stance concerns its platform and its CNI', () => {
    assert.deepEqual(
      filterChanges(entries, { platform: 'cloud' }).map((e) => e.date),
      ['2026-11-20', '2026-11-01'],
    );
    assert.deepEqual(
      filterChanges(entries, { platform: 'cloud', cni: 'beta' }).map((e) => e.date),
      ['2026-11-20'],
    );
  });

  test('filters combine on one item: CNI alpha with feature f2 matches nothing', () => {
    assert.deepEqual(filterChanges(entries, { cni: 'alpha', feature: 'f2' }), []);
    assert.deepEqual(
      filterChanges(entries, { cni: 'alpha', feature: 'f1' }).map((e) => e.changes.length),
      [1],
    );
  });

  test('no filter keeps everything; the input is not modified', () => {
    assert.deepEqual(filterChanges(entries, {}), entries);
    filterChanges(entries, { cni: 'beta' });
    assert.equal(entries[0]!.changes.length, 2);
  });

  test("on the real data, each CNI's changes are exactly the items that name it", () => {
    const ds = realDataset();
    for (const c of ds.cnis) {
      const expected = ds.changes.flatMap((e) => e.changes.filter((i) => i.cni === c.id));
      assert.deepEqual(
        filterChanges(ds.changes, { cni: c.id }).flatMap((e) => e.changes),
        expected,
        c.id,
      );
      for (const item of expected) assert.ok(itemMatches(item, { cni: c.id }));
    }
  });
});

describe('the ?cni=&feature=&platform= filter in the URL', () => {
  const known = { cnis: ['alpha', 'beta'], features: ['f1', 'f2'], platforms: ['cloud'] };

  test('known values filter; nothing is reported', () => {
    assert.deepEqual(parseChangeFilter('?cni=alpha&feature=f1&platform=cloud', known), {
      filter: { cni: 'alpha', feature: 'f1', platform: 'cloud' },
      ignored: [],
    });
  });

  test('unknown values and parameters are ignored and named', () => {
    const { filter, ignored } = parseChangeFilter('cni=gamma&feature=f1&utm_source=x', known);
    assert.deepEqual(filter, { feature: 'f1' });
    assert.deepEqual(ignored, ['unknown cni "gamma"', 'unknown parameter "utm_source"']);
  });

  test('bidirectional controls and markup in an unknown value are stripped or kept inert, and it is bounded', () => {
    const { ignored } = parseChangeFilter(`cni=${encodeURIComponent('\u202Eevil\u2066x\u2069\u202A')}&platform=${'p'.repeat(500)}`, known);
    assert.equal(ignored[0], 'unknown cni "evilx"');
    assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(ignored.join('')));
    assert.ok(ignored[1]!.length < 80, ignored[1]);
  });
});

describe('Atom feeds', () => {
  const ds = tinyDataset({ alpha: { f1: 'yes', f2: 'no' }, beta: { f1: 'yes', f2: 'yes' } });
  const options = { site: 'https://cni.example.org/', path: '/changes/feed.xml', pagePath: '/changes/', title: 'Every change & more' };
  const parse = (xml: string) =>
    new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' }).parse(xml);
  /** An Atom text construct as a reader shows it: `type="html"` is HTML, so entities are decoded once. */
  const text = (node: string | { '#text': string; '@type'?: string }): string => {
    if (typeof node === 'string') return node;
    return node['@type'] === 'html'
      ? node['#text']
          .replace(/<[^>]*>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&')
      : node['#text'];
  };

  test('a feed is well-formed Atom: id, title, updated, self link, one entry per change entry', () => {
    const xml = atomFeed(ds, entries, options);
    assert.equal(XMLValidator.validate(xml), true);
    const feed = parse(xml).feed;
    assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
    assert.equal(feed.id, 'https://cni.example.org/changes/feed.xml');
    assert.equal(feed.title, 'Every change & more');
    assert.equal(feed.updated, '2026-12-01T00:00:00.000Z');
    assert.ok(feed.link.some((l: Record<string, string>) => l['@rel'] === 'self' && l['@href'] === 'https://cni.example.org/changes/feed.xml'));
    // RFC 4287 §4.1.1: a feed names an author unless every entry does.
    assert.ok(feed.author?.name || feed.entry.every((e: { author?: { name?: string } }) => e.author?.name), 'the feed or every entry has an author');
    assert.deepEqual(
      feed.entry.map((e: { title: string }) => text(e.title)),
      entries.map((e) => e.title),
    );
    assert.deepEqual(
      feed.entry.map((e: { id: string }) => e.id),
      entries.map((e) => `https://cni.example.org/changes/#${entryId(e)}`),
    );
    assert.deepEqual(
      feed.entry.map((e: { updated: string }) => e.updated.slice(0, 10)),
      entries.map((e) => e.date),
    );
  });

  test('a title or reason containing & and < reads as written, not as markup', () => {
    const hostile = [{ ...entries[1]!, title: 'Calico <3.27 & Cilium <b>bold</b>', why: 'Why: <img src=x onerror=alert(1)> & more.' }];
    const entry = parse(atomFeed(ds, hostile, options)).feed.entry[0];
    assert.equal(text(entry.title), 'Calico <3.27 & Cilium <b>bold</b>');
    assert.equal(text(entry.summary), 'Why: <img src=x onerror=alert(1)> & more.');
  });

  test('a feed with no entries is still well-formed, dated by the data', () => {
    const xml = atomFeed(ds, [], { ...options, path: '/changes/cni/alpha.xml' });
    assert.equal(XMLValidator.validate(xml), true);
    const feed = parse(xml).feed;
    assert.equal(feed.entry, undefined);
    assert.equal(feed.updated.slice(0, 10), ds.verifiedAsOf);
  });

  test('entry ids are unique across the real changelog', () => {
    const ids = realDataset().changes.map(entryId);
    assert.equal(new Set(ids).size, ids.length);
  });
});
