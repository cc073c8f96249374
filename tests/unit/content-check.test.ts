import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent, formatProblem, sortProblems } from '../../src/lib/content-check.ts';
import { FILES, makeFixture } from '../support/fixture.ts';

const TODAY = new Date('2026-11-23T00:00:00Z');
function problemsFor(overrides: Record<string, string | null>): string[] {
  const fx = makeFixture(overrides);
  try {
    return sortProblems(checkContent(fx.root, { today: TODAY }).problems).map(formatProblem);
  } finally {
    fx.cleanup();
  }
}

describe('content check: a valid fixture', () => {
  test('reports no problems and loads every collection', () => {
    const fx = makeFixture();
    try {
      const { problems, content } = checkContent(fx.root, { today: TODAY });
      assert.deepEqual(problems, []);
      assert.equal(content.cnis.length, 2);
      assert.equal(content.categories[0]?.features.length, 2);
      assert.equal(content.support.length, 2);
    } finally {
      fx.cleanup();
    }
  });
});

describe('content check: the three mistakes from the issue, each one precise line', () => {
  test('a typo in a status, a missing source and an unknown CNI id are all reported in one run', () => {
    const broken = FILES['content/support/beta.yaml']!
      .replace('status: no', 'status: noo')
      .replace('cni: beta', 'cni: betta');
    const alpha = FILES['content/support/alpha.yaml']!.replace(
      '  network-policy:\n    status: yes\n    sources:\n      - url: https://example.org/docs\n        title: Example docs page\n',
      '  network-policy:\n    status: yes\n',
    );
    const lines = problemsFor({ 'content/support/beta.yaml': broken, 'content/support/alpha.yaml': alpha });
    assert.deepEqual(lines, [
      'content/support/alpha.yaml:4 — features.network-policy.sources — status "yes" needs at least one official source — fix: correct the value as the message says',
      'content/support/beta.yaml:1 — cni — "betta" differs from the file name "beta" — fix: rename the file to betta.yaml or set cni: beta',
      'content/support/beta.yaml:1 — cni — unknown CNI id "betta" — fix: use one of: alpha, beta',
      'content/support/beta.yaml:10 — features.dns-policy.status — expected one of "yes", "partial", "no", "unknown", received "noo" — fix: use one of "yes", "partial", "no", "unknown"',
    ]);
  });
});

describe('content check: other rules', () => {
  test('partial without a note', () => {
    const lines = problemsFor({ 'content/support/alpha.yaml': FILES['content/support/alpha.yaml']!.replace('    note: Only for egress to a fixed list of names.\n', '') });
    assert.deepEqual(lines, ['content/support/alpha.yaml:10 — features.dns-policy.note — status "partial" needs a note explaining it — fix: correct the value as the message says']);
  });

  test('an unknown key lists the allowed keys', () => {
    const lines = problemsFor({ 'content/support/alpha.yaml': FILES['content/support/alpha.yaml']!.replace('    status: yes\n', '    status: yes\n    sinse: "1.0"\n') });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^content\/support\/alpha\.yaml:5 — features\.network-policy\.sinse — unknown key "sinse" — fix: remove it or correct the spelling; allowed keys here: status, since, note/);
  });

  test('a support file that misses a feature, and one that names a feature that does not exist', () => {
    const text = FILES['content/support/beta.yaml']!.replace('  dns-policy:', '  dns-polcy:');
    const lines = problemsFor({ 'content/support/beta.yaml': text });
    assert.deepEqual(lines, [
      'content/support/beta.yaml:3 — features.dns-policy — no cell for feature "dns-policy" (every CNI needs a value for every feature) — fix: add "dns-policy:" with status, sources and verified (use status: unknown with a note if it cannot be confirmed)',
      'content/support/beta.yaml:9 — features.dns-polcy — unknown feature id "dns-polcy" — fix: use a feature id from content/features/*.yaml (did you mean "dns-policy"?)',
    ]);
  });

  test('a CNI without a support file', () => {
    assert.deepEqual(problemsFor({ 'content/support/beta.yaml': null }), [
      'content/cnis/beta.yaml:1 — (file) — CNI "beta" has no support file — fix: create content/support/beta.yaml with a cell for every feature',
    ]);
  });

  test('malformed URL and date', () => {
    const text = FILES['content/support/beta.yaml']!.replace('https://example.org/docs', 'example.org/docs').replace('verified: "2026-01-10"', 'verified: "10/01/2026"');
    const lines = problemsFor({ 'content/support/beta.yaml': text });
    assert.ok(lines.some((l) => l.startsWith('content/support/beta.yaml:6 — features.network-policy.sources.0.url — expected an absolute http(s) URL')), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('content/support/beta.yaml:8 — features.network-policy.verified — expected a date written as YYYY-MM-DD')), lines.join('\n'));
  });

  test('duplicate feature ids across categories', () => {
    const lines = problemsFor({ 'content/features/other.yaml': 'id: other\nname: Other\ndescription: A second category for the test.\norder: 2\nfeatures:\n  - id: dns-policy\n    name: Again\n    description: A duplicate feature id.\n    why: To prove duplicates fail the check.\n' });
    assert.ok(lines.includes('content/features/policy.yaml:11 — features.1.id — duplicate feature id "dns-policy" (also in content/features/other.yaml) — fix: feature ids must be unique across all categories'), lines.join('\n'));
  });

  test('a claim naming an unknown feature and CNI', () => {
    const claim = 'id: c1\nclaim: Alpha cannot do anything at all.\ncommonlyIn: Blog posts, 2024\nverdict: wrong\ntruth: Alpha supports NetworkPolicy according to its own documentation.\ncnis: [alpha, gamma]\nfeatures: [wireguard]\nsources: [{ url: "https://example.org/a", title: Alpha docs }]\nverified: "2026-01-10"\n';
    const lines = problemsFor({ 'content/claims/c1.yaml': claim });
    assert.deepEqual(lines, [
      'content/claims/c1.yaml:6 — cnis.1 — unknown CNI id "gamma" — fix: use one of: alpha, beta',
      'content/claims/c1.yaml:7 — features.0 — unknown feature id "wireguard" — fix: use a feature id from content/features/*.yaml',
    ]);
  });

  test('a verified date in the future and invalid YAML are reported, not thrown', () => {
    const lines = problemsFor({
      'content/support/beta.yaml': FILES['content/support/beta.yaml']!.replace('verified: "2026-01-10"', 'verified: "2027-01-10"'),
      'content/claims/bad.yaml': 'id: bad\nclaim: [unclosed\n',
    });
    assert.ok(lines.some((l) => l.startsWith('content/claims/bad.yaml:') && l.includes('not valid YAML')), lines.join('\n'));
    assert.ok(lines.includes('content/support/beta.yaml:8 — features.network-policy.verified — verified date 2027-01-10 is in the future — fix: use the day the cell was checked'), lines.join('\n'));
  });
});

describe('content check: the real content', () => {
  test('has no problems, ten CNIs, at least 60 features and a cell for every pair', () => {
    const { problems, content } = checkContent(process.cwd());
    assert.deepEqual(problems.map(formatProblem), []);
    assert.equal(content.cnis.length, 10);
    const features = content.categories.flatMap((c) => c.features);
    assert.ok(features.length >= 60, `only ${features.length} features`);
    for (const s of content.support) assert.equal(Object.keys(s.features).length, features.length, s.cni);
  });

  test('unknown stays under 5 % of cells, and every non-unknown cell has a source', () => {
    const { content } = checkContent(process.cwd());
    const cells = content.support.flatMap((s) => Object.values(s.features));
    const unknown = cells.filter((c) => c.status === 'unknown').length;
    assert.ok(unknown / cells.length < 0.05, `${unknown} of ${cells.length} cells are unknown`);
    for (const c of cells) if (c.status !== 'unknown') assert.ok(c.sources.length > 0);
  });

  test('the required feature ids exist so links stay stable', () => {
    const { content } = checkContent(process.cwd());
    const ids = new Set(content.categories.flatMap((c) => c.features.map((f) => f.id)));
    const required = 'dataplane-iptables dataplane-nftables dataplane-ebpf dataplane-ovs dataplane-vpp kube-proxy-replacement overlay-vxlan overlay-geneve overlay-ipip native-routing bgp ipv6 dual-stack multiple-interfaces ip-pools network-policy network-policy-port-range cluster-wide-policy admin-network-policy l7-policy dns-policy deny-rules policy-tiers host-policy policy-logging wireguard ipsec mtls flow-logs flow-ui prometheus-metrics dsr maglev bgp-service-advertisement lb-ipam egress-gateway bandwidth-manager cluster-mesh service-mesh gateway-api windows-nodes non-kubernetes-workloads operator-install helm-install'.split(' ');
    assert.deepEqual(required.filter((id) => !ids.has(id)), []);
  });
});
