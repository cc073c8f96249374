/** Writes a tiny content tree (2 CNIs × 2 features) to a temp dir; tests override single files. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const SOURCE = '    sources:\n      - url: https://example.org/docs\n        title: Example docs page\n';

export const FILES: Record<string, string> = {
  'content/features/policy.yaml': `id: policy
name: Network policy
description: Which traffic is allowed and who decides.
order: 1
features:
  - id: network-policy
    name: Kubernetes NetworkPolicy
    description: Enforces the standard NetworkPolicy API.
    why: The portable baseline for isolating workloads.
    keywords: [networkpolicy]
  - id: dns-policy
    name: DNS policy
    description: Egress can be allowed to domain names.
    why: External services change their addresses constantly.
`,
  'content/cnis/alpha.yaml': cni('alpha', 'Alpha'),
  'content/cnis/beta.yaml': cni('beta', 'Beta'),
  'content/support/alpha.yaml': `cni: alpha
features:
  network-policy:
    status: yes
${SOURCE}    verified: "2026-01-10"
  dns-policy:
    status: partial
    gap: egress to fixed names only
    note: Only for egress to a fixed list of names.
${SOURCE}    verified: "2026-01-10"
`,
  'content/support/beta.yaml': `cni: beta
features:
  network-policy:
    status: yes
${SOURCE}    verified: "2026-01-10"
  dns-policy:
    status: no
${SOURCE}    verified: "2026-01-10"
`,
  'content/platforms/cloud.yaml': `id: cloud
name: Example Cloud
kind: managed
vendor: Example Inc.
homepage: https://example.org/cloud
docs: https://example.org/cloud/docs
summary: Example Cloud is a fictional managed Kubernetes service used only by the test suite to exercise the checks.
latest: { version: "1.34", source: "https://example.org/cloud/releases" }
defaults:
  - cni: alpha
${SOURCE.replace(/^ {4}/gm, '    ')}cniChange:
  value: no
  note: The CNI is chosen when the cluster is created.
${SOURCE.replace(/^ {4}/gm, '  ')}stances:
  alpha:
    stance: default
    note: Every new cluster runs it.
${SOURCE}    verified: "2026-01-10"
  beta:
    stance: compatible
    note: Documented to work without vendor support.
${SOURCE}    verified: "2026-01-10"
sources: [{ url: "https://example.org/cloud", title: Home }]
verified: "2026-01-10"
`,
  'content/releases/alpha.yaml': `subject: alpha
kind: cni
policy:
  support: The two newest minor releases are supported.
  supportedLines: 2
  upgrade: One minor release at a time.
${SOURCE.replace(/^ {4}/gm, '  ')}lines:
  - line: "1.2"
    first: { version: "1.2.0", date: "2025-12-01" }
    latest: { version: "1.2.3", date: "2026-01-01" }
    kernel: "5.10"
${SOURCE}    verified: "2026-01-10"
  - line: "1.1"
    first: { version: "1.1.0", date: "2025-06-01" }
    latest: { version: "1.1.9", date: "2025-11-01" }
${SOURCE}    verified: "2026-01-10"
verified: "2026-01-10"
`,
  'content/legacy-plugins/oldnet.yaml': `id: oldnet
name: Oldnet
platforms: [cloud]
note: A fictional platform-native network that the test suite migrates away from.
${SOURCE.replace(/^ {4}/gm, '')}verified: "2026-01-10"
`,
  'content/migrations/oldnet-to-alpha.yaml': `id: oldnet-to-alpha
from: oldnet
to: alpha
method: rebuild
summary: No in-place path exists; build a new cluster.
downtime: Workloads move to a new cluster.
platforms:
  - platform: cloud
    support: impossible
    note: The CNI is fixed at cluster creation.
${SOURCE.replace(/^ {4}/gm, '    ')}${SOURCE.replace(/^ {4}/gm, '')}verified: "2026-01-10"
`,
  'content/scenarios/policy-first.yaml': `id: policy-first
title: Policy first
audience: Teams whose first concern is network policy.
description: A fictional scenario used by the test suite to exercise scenario references.
must: [network-policy]
want: [dns-policy]
platform: cloud
rationale: Policy is the requirement every other choice in this fictional team depends on, so it comes first.
order: 1
`,
  'content/scenarios/isolated-tenants.yaml': `id: isolated-tenants
title: Isolated tenants
audience: Teams that host several tenants on one cluster.
description: Tenants must not reach each other, and egress goes to named services only.
must: [network-policy]
want: [dns-policy]
rationale: Isolation between tenants needs NetworkPolicy; naming external services by DNS keeps egress rules short.
order: 1
`,
  'content/claims/alpha-no-policy.yaml': `id: alpha-no-policy
claim: Alpha does not enforce NetworkPolicy.
commonlyIn: Blog posts, 2024
verdict: wrong
truth: Alpha enforces NetworkPolicy according to its own documentation.
cnis: [alpha]
features: [network-policy]
${SOURCE.replace(/^ {4}/gm, '')}verified: "2026-01-10"
`,
  'content/articles/intro.mdx': `---
title: An introduction
description: A fictional article used by the test suite to exercise the MDX body checks.
updated: "2026-01-10"
order: 1
cnis: [alpha]
features: [network-policy]
sources: [{ url: "https://example.org/a", title: Alpha docs }]
---

Alpha says <Status cni="alpha" feature="network-policy" /> for policy.

<FeatureTable features={["network-policy", "dns-policy"]} cnis={["alpha", "beta"]} />
`,
  'content/benchmarks/lab.json': JSON.stringify(
    {
      id: 'lab',
      title: 'A lab benchmark',
      author: 'Test authors',
      published: '2026-01-05',
      links: [{ url: 'https://example.org/lab', title: 'Lab results' }],
      trust: 'high',
      trustNote: 'Fictional data for the test suite.',
      methodology: 'Two nodes, one iperf3 client and one server pod, ten seconds per test, three runs.',
      setup: {
        hardware: 'two servers',
        nic: '10 Gbit/s',
        mtu: '1500',
        kernel: '6.8',
        kubernetes: '1.34',
        os: 'Linux',
        tool: 'iperf3',
        duration: '10 s',
        runs: '3',
      },
      caveats: ['Fictional numbers that exist only for tests.'],
      license: 'Test data, no licence needed.',
      verified: '2026-01-10',
      primary: true,
      configs: [
        { id: 'bm', cni: 'baremetal', variant: 'default', label: 'Bare metal', details: [] },
        { id: 'alpha', cni: 'alpha', variant: 'default', label: 'Alpha 1.2', version: '1.2.3', details: [] },
      ],
      results: [
        {
          config: 'bm',
          test: 'tcp-1',
          protocol: 'TCP',
          streams: 1,
          path: 'host-to-host',
          metric: 'throughput',
          unit: 'Mbit/s',
          median: 9000,
          min: 8900,
          max: 9100,
          runs: 3,
        },
        {
          config: 'alpha',
          test: 'tcp-1',
          protocol: 'TCP',
          streams: 1,
          path: 'pod-to-pod',
          metric: 'throughput',
          unit: 'Mbit/s',
          median: 8000,
          min: 7900,
          max: 8100,
          runs: 3,
        },
      ],
    },
    null,
    2,
  ),
  'content/benchmarks/sources.meta.yaml': `sources: {}
excluded:
  old-charts: The figures exist only as images, so none are copied here.
`,
  'content/changes/2026-01-10-beta-on-cloud.yaml': `date: "2026-01-10"
title: Beta documented to work on Example Cloud
kind: update
why: Example Cloud's documentation now lists Beta among the plugins known to work.
${SOURCE.replace(/^ {4}/gm, '')}changes:
  - { platform: cloud, cni: beta, field: stance, to: compatible }
`,
  'content/changes/baseline.json': JSON.stringify({
    date: '2026-01-01',
    from: 'the fixture',
    facts: {
      'cell/alpha/dns-policy/gap': 'egress to fixed names only',
      'cell/alpha/dns-policy/status': 'partial',
      'cell/alpha/network-policy/status': 'yes',
      'cell/beta/dns-policy/status': 'no',
      'cell/beta/network-policy/status': 'yes',
      'cni/alpha': 'listed',
      'cni/beta': 'listed',
      'feature/dns-policy': 'listed',
      'feature/network-policy': 'listed',
      'platform/cloud': 'listed',
      'stance/cloud/alpha': 'default',
    },
  }),
};

function cni(id: string, name: string): string {
  return `id: ${id}
name: ${name}
summary: ${name} is a fictional network plugin used only by the test suite to exercise the content checks.
kind: plugin
maintainer: Test authors
license: Apache-2.0
cncf: none
language: Go
homepage: https://example.org/${id}
repository: https://example.org/${id}/repo
docs: https://example.org/${id}/docs
latest: { version: "1.2.3", released: "2026-01-01", source: "https://example.org/${id}/releases" }
maintenance: active
components:
  - { name: agent, runsAs: DaemonSet, role: Programs the dataplane on every node. }
installMethods:
  - { name: Helm chart, url: "https://example.org/${id}/helm" }
strengths:
  - text: It is small and easy to read.
    sources: [{ url: "https://example.org/${id}/docs", title: Docs }]
limitations:
  - text: It does not exist outside tests.
    sources: [{ url: "https://example.org/${id}/docs", title: Docs }]
sources: [{ url: "https://example.org/${id}", title: Home }]
verified: "2026-01-10"
`;
}

export interface Fixture {
  root: string;
  cleanup(): void;
}

/** Creates the fixture; `overrides` replaces or adds files (path → text), `null` deletes one. */
export function makeFixture(overrides: Record<string, string | null> = {}): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'cni-fixture-'));
  const files: Record<string, string | null> = { ...FILES, ...overrides };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
