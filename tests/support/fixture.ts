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

export interface Fixture { root: string; cleanup(): void }

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
