import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BADGE_COLORS, badgeAlt, badgeSnippets, badgeSvg, escapeXml, textWidth, type BadgeInput } from '../../src/lib/badges/badge.ts';
import { contrast } from '../support/contrast.ts';
import { STATUSES } from '../../src/schemas/status-values.ts';

const b: BadgeInput = {
  cni: 'cilium',
  cniName: 'Cilium',
  feature: 'wireguard',
  featureName: 'WireGuard encryption',
  status: 'yes',
  since: '1.10',
  verified: '2026-11-23',
};

describe('cell badge', () => {
  test('says the status in words, the version and the verified date, in its title and its text', () => {
    const svg = badgeSvg(b);
    assert.match(svg, /<title>Cilium, WireGuard encryption: Yes, since 1\.10\. Verified 23 November 2026 \(CNI Compare\)\.<\/title>/);
    assert.match(svg, /role="img" aria-label="Cilium, WireGuard encryption: Yes/);
    assert.match(svg, />Yes · since 1\.10</);
    assert.match(svg, />verified 23 Nov 2026</);
  });
  test('draws a different glyph per status, as a path (no font needed)', () => {
    const glyphs = STATUSES.map((status) => /<\/text>(<(?:path|g)[^]*?)<text/.exec(badgeSvg({ ...b, status }))![1]);
    assert.equal(new Set(glyphs).size, STATUSES.length);
  });
  test('is readable on light and dark pages: the text of every segment has 4.5:1 against its fill', () => {
    for (const key of ['label', ...STATUSES, 'date', 'dateDark'] as const) {
      assert.ok(contrast(BADGE_COLORS[key].fg, BADGE_COLORS[key].bg) >= 4.5, `${key}: ${contrast(BADGE_COLORS[key].fg, BADGE_COLORS[key].bg).toFixed(2)}`);
    }
    assert.match(badgeSvg(b), /@media \(prefers-color-scheme:dark\)/);
  });
  test('escapes names, so data cannot inject markup', () => {
    const svg = badgeSvg({ ...b, featureName: '<script>"&' });
    assert.ok(!svg.includes('<script>'));
    assert.ok(svg.includes('&lt;script&gt;&quot;&amp;'));
    assert.equal(escapeXml(`a'b`), 'a&apos;b');
  });
  test('the width grows with the text', () => assert.ok(textWidth('WireGuard encryption') > textWidth('BGP')));
  test('snippets embed the badge and link back to the cell on the feature page', () => {
    const s = badgeSnippets('https://cni.example.org', b);
    assert.equal(
      s.markdown,
      '[![Cilium, WireGuard encryption: Yes, since 1.10](https://cni.example.org/badge/cilium/wireguard.svg)](https://cni.example.org/features/wireguard/#cni-cilium)',
    );
    assert.equal(
      s.html,
      '<a href="https://cni.example.org/features/wireguard/#cni-cilium"><img src="https://cni.example.org/badge/cilium/wireguard.svg" alt="Cilium, WireGuard encryption: Yes, since 1.10" height="20"></a>',
    );
    assert.equal(badgeAlt({ ...b, since: undefined, status: 'unknown' }), 'Cilium, WireGuard encryption: Unknown. Verified 23 November 2026 (CNI Compare).');
  });
});
