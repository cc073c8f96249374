import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { readFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allOgCards, ogCard, ogImageFor, ogPath, shortDate } from '../../src/lib/og/cards.ts';
import { cacheKey, drawCardsInBackground, encodePng, renderCardPng, titleSize } from '../../src/lib/og/render.ts';
import { cell, tinyDataset } from '../support/dataset.ts';

const ds = tinyDataset({
  calico: { f1: 'yes', f2: 'no', f3: cell('partial', { verified: '2026-11-20' }) },
  cilium: { f1: 'yes', f2: 'yes', f3: cell('yes', { verified: '2026-11-23' }) },
  flannel: { f1: 'no', f2: 'no', f3: 'unknown' },
});

describe('social card words', () => {
  test('a pair card states how many features differ, who is ahead, and the newest verified date', () => {
    const card = ogCard(ds, 'pair', 'calico-vs-cilium')!;
    assert.equal(card.title, 'Calico vs Cilium');
    assert.equal(card.answer, '2 of 3 features differ');
    assert.equal(card.detail, 'Cilium ahead on 2');
    assert.equal(card.verified, '2026-11-23');
    assert.equal(card.path, '/og/compare/calico-vs-cilium.png');
    assert.equal(card.alt, 'Calico vs Cilium: 2 of 3 features differ. Cilium ahead on 2. Data verified 23 Nov 2026.');
  });
  test('a reversed or unknown pair has no card (forwarding pages get none)', () => {
    assert.equal(ogCard(ds, 'pair', 'cilium-vs-calico'), undefined);
    assert.throws(() => ogImageFor(ds, 'pair', 'cilium-vs-calico'), /No social card/);
  });
  test('CNI and feature cards count statuses in words', () => {
    assert.equal(ogCard(ds, 'cni', 'calico')!.answer, 'Supports 1 of 3 features; 1 partly');
    assert.deepEqual(ogCard(ds, 'cni', 'calico')!.counts, { yes: 1, partial: 1, no: 1, unknown: 0 });
    assert.equal(ogCard(ds, 'feature', 'f3')!.answer, 'Supported by 1 of 3 CNIs; partly by 1, unknown for 1');
  });
  test('every canonical pair, CNI and feature gets one card, each path once', () => {
    const cards = allOgCards(ds);
    assert.equal(cards.filter((c) => c.kind === 'pair').length, 3);
    assert.equal(cards.filter((c) => c.kind === 'cni').length, 3);
    assert.equal(cards.filter((c) => c.kind === 'feature').length, 3);
    assert.equal(new Set(cards.map((c) => c.path)).size, cards.length);
  });
  test('paths name the kind and id', () => {
    assert.equal(ogPath('feature', 'wireguard'), '/og/feature/wireguard.png');
    assert.equal(ogPath('platform', 'eks'), '/og/platform/eks.png');
    assert.equal(ogPath('scenario', 'regulated'), '/og/recommend/regulated.png');
    assert.equal(ogPath('page', 'index'), '/og/index.png');
    assert.equal(shortDate('2026-11-23'), '23 Nov 2026');
  });
  test('long titles get a smaller size so two lines fit', () => {
    assert.ok(titleSize('Calico vs Cilium') > titleSize('Regulated environment (cluster-wide policy, encryption, audit logging)'));
  });
});

describe('social card image', () => {
  const fonts = {
    regular: readFileSync(new URL('../../src/lib/og/fonts/inter-latin-400-normal.woff', import.meta.url)),
    bold: readFileSync(new URL('../../src/lib/og/fonts/inter-latin-700-normal.woff', import.meta.url)),
  };
  test('encodePng writes a valid 8-bit RGBA PNG', async () => {
    const png = Buffer.from(await encodePng(2, 1, new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255])));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]], [2, 1, 8, 6]);
    const idatLength = png.readUInt32BE(33);
    assert.equal(png.subarray(37, 41).toString('ascii'), 'IDAT');
    assert.deepEqual([...inflateSync(png.subarray(41, 41 + idatLength))], [0, 255, 0, 0, 255, 0, 0, 255, 255]);
  });
  test('a card renders to a 1200 × 630 PNG and is cached by what it draws', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-test-'));
    try {
      const card = ogCard(ds, 'pair', 'calico-vs-cilium')!;
      const png = Buffer.from(await renderCardPng(card, { fonts, siteHost: 'example.org', cacheDir: dir }));
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
      assert.deepEqual(readdirSync(dir), [`${cacheKey(card, 'example.org')}.png`]);
      assert.notEqual(cacheKey(card, 'example.org'), cacheKey({ ...card, answer: '1 of 3 features differ' }, 'example.org'));
      assert.equal(cacheKey(card, 'example.org'), cacheKey({ ...card, alt: 'other words' }, 'example.org'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('drawing cards on worker threads', () => {
  const fonts = {
    regular: readFileSync(new URL('../../src/lib/og/fonts/inter-latin-400-normal.woff', import.meta.url)),
    bold: readFileSync(new URL('../../src/lib/og/fonts/inter-latin-700-normal.woff', import.meta.url)),
  };
  test('every card comes back as a 1200 × 630 PNG, drawn once and then served from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-workers-'));
    try {
      const cards = allOgCards(ds);
      const get = drawCardsInBackground(cards, { fonts, siteHost: 'example.org', cacheDir: dir }, 2);
      for (const card of cards) {
        const png = Buffer.from(await get(card));
        assert.deepEqual([png.subarray(1, 4).toString('ascii'), png.readUInt32BE(16), png.readUInt32BE(20)], ['PNG', 1200, 630], card.path);
      }
      assert.equal(readdirSync(dir).filter((f) => f.endsWith('.png')).length, cards.length);
      const again = drawCardsInBackground(cards, { fonts, siteHost: 'example.org', cacheDir: dir }, 2);
      assert.deepEqual(Buffer.from(await again(cards[0]!)), readFileSync(join(dir, `${cacheKey(cards[0]!, 'example.org')}.png`)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
