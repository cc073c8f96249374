import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithUpstream, EXIT, failsCheck, parseReleaseList, parseVersion, stableReleases, type GithubRelease } from '../../src/lib/upstream.ts';
import { liveReader, loadSubjects, recordedReader, recordingName } from '../../scripts/check-upstream.ts';

/** Recorded "list releases" answers (see tests/fixtures/upstream/README.md). */
const RECORDED = 'tests/fixtures/upstream';
const recorded = (repo: string): GithubRelease[] => JSON.parse(readFileSync(join(RECORDED, recordingName(repo)), 'utf8')) as GithubRelease[];
const release = (tag_name: string, extra: Partial<GithubRelease> = {}): GithubRelease => ({
  tag_name,
  draft: false,
  prerelease: false,
  published_at: '2026-11-01T00:00:00Z',
  html_url: `https://github.com/example/example/releases/tag/${encodeURIComponent(tag_name)}`,
  ...extra,
});
const compare = (described: string, repo: string) => compareWithUpstream(described, stableReleases(recorded(repo)));

function runCheck(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/check-upstream.ts', ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** The printed line for one id: `id  described  newest  verdict`. */
const lineFor = (stdout: string, id: string) => stdout.split('\n').find((l) => l.startsWith(`${id} `));

function tempContent(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cni-upstream-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('versions', () => {
  test('plain, two-part, pre-release and distribution versions parse; other text does not', () => {
    assert.deepEqual(parseVersion('3.33.1'), { major: 3, minor: 33, patch: 1, build: 0, text: '3.33.1' });
    assert.equal(parseVersion('1.16')?.patch, 0);
    assert.equal(parseVersion('1.20.0-rc.1')?.prerelease, 'rc.1');
    assert.deepEqual(parseVersion('1.37.1+rke2r2'), { major: 1, minor: 37, patch: 1, build: 2, text: '1.37.1+rke2r2' });
    assert.equal(parseVersion('1.36.3+k0s.2')?.build, 2);
    assert.equal(parseVersion('1.36.3-rc.0+k0s.1')?.prerelease, 'rc.0');
    for (const bad of ['latest', 'v1.2.3', '1', 'release-1.2']) assert.equal(parseVersion(bad), undefined, bad);
  });
});

describe('picking the newest stable release', () => {
  test('drafts, flagged pre-releases, unflagged -rc tags and other tag prefixes are ignored', () => {
    const listing = stableReleases([
      release('v2.0.0', { draft: true, published_at: null }),
      release('v1.9.0', { prerelease: true }),
      release('v1.8.0-rc1'),
      release('azure-ipam/v9.0.0'),
      release('latest_release'),
      release('v1.7.2'),
    ]);
    assert.deepEqual(
      listing.stable.map((r) => r.tag),
      ['v1.7.2'],
    );
    assert.deepEqual(listing.ignored, { draft: 1, prerelease: 2, otherPrefix: 2, notAVersion: 0 });
  });

  test('pre-releases are ignored in recorded listings too: Talos v1.14.0-rc.1 is newer by number but not a release', () => {
    const talos = recorded('siderolabs/talos');
    assert.ok(
      talos.some((r) => r.tag_name === 'v1.14.0-rc.1' && r.prerelease),
      'the recording holds the 1.14 release candidate',
    );
    assert.equal(stableReleases(talos).stable[0]?.tag, 'v1.13.9');
    assert.equal(compare('1.13.9', 'siderolabs/talos').verdict, 'same');
  });

  test('the newest is the highest version, not the most recently published (Kube-OVN patches 1.15 after 1.16)', () => {
    const kubeOvn = recorded('kubeovn/kube-ovn');
    assert.equal(kubeOvn[0]?.tag_name, 'v1.15.24');
    assert.equal(stableReleases(kubeOvn).stable[0]?.tag, 'v1.16.2');
  });

  test('a tag prefix other than "v" selects that line', () => {
    const listing = stableReleases([release('v1.8.12'), release('azure-ipam/v0.4.0'), release('azure-ipam/v0.3.1')], 'azure-ipam/v');
    assert.equal(listing.stable[0]?.version.text, '0.4.0');
  });
});

describe('comparing with the newest release', () => {
  test('behind by patches within the same minor: Cilium 1.20.2 against 1.20.4', () => {
    const c = compare('1.20.2', 'cilium/cilium');
    assert.equal(c.verdict, 'patches-behind');
    assert.equal(c.newest?.tag, 'v1.20.4');
    assert.equal(c.patchesBehind, 2);
    assert.equal(c.summary, '2 patches behind');
    assert.equal(failsCheck(c), false);
  });

  test('one minor behind passes; more than one fails (Calico 3.32.4 and 3.31.7 against 3.33.1)', () => {
    const one = compare('3.32.4', 'projectcalico/calico');
    assert.deepEqual([one.verdict, one.minorsBehind, failsCheck(one)], ['minors-behind', 1, false]);
    const two = compare('3.31.7', 'projectcalico/calico');
    assert.deepEqual([two.verdict, two.minorsBehind, failsCheck(two)], ['minors-behind', 2, true]);
    assert.equal(two.summary, '2 minors behind');
  });

  test('distributions compare the Kubernetes version they embed, then their build number', () => {
    const rke2 = compare('1.36.3+rke2r1', 'rancher/rke2');
    assert.deepEqual([rke2.verdict, rke2.minorsBehind, rke2.newest?.tag], ['minors-behind', 1, 'v1.37.1+rke2r1']);
    const k0s = compare('1.36.3+k0s.1', 'k0sproject/k0s');
    assert.deepEqual([k0s.verdict, k0s.patchesBehind, k0s.newest?.tag], ['patches-behind', 0, 'v1.36.3+k0s.2']);
    assert.match(k0s.summary, /newer build/);
    assert.equal(compare('1.36.3+k0s.2', 'k0sproject/k0s').verdict, 'same');
    assert.equal(compare('v1.37.1+rke2r1', 'rancher/rke2').verdict, 'same', 'a described version written as the tag');
  });

  test('across a major release, the newer lines in the listing count as minors behind', () => {
    const listing = stableReleases([release('v2.1.0'), release('v2.0.1'), release('v2.0.0'), release('v1.15.3')]);
    const c = compareWithUpstream('1.15.3', listing);
    assert.deepEqual([c.verdict, c.minorsBehind, failsCheck(c)], ['minors-behind', 2, true]);
    assert.match(c.summary, /new major version \(2\.x\)/);
    assert.equal(compareWithUpstream('1.9.0', stableReleases([release('v2.0.0')])).minorsBehind, 1);
  });

  test('ahead and unknown are said, not guessed', () => {
    assert.equal(compare('1.14.0', 'siderolabs/talos').verdict, 'ahead');
    assert.match(compareWithUpstream('1.36.x', stableReleases([release('v1.0.0')])).summary, /not a version number/);
    const onlyPre = compareWithUpstream('1.0.0', stableReleases([release('v1.1.0-rc.1', { prerelease: true })]));
    assert.deepEqual(
      [onlyPre.verdict, onlyPre.summary],
      ['unknown', 'unknown: no stable release among 1 listed (1 pre-release, 0 draft, 0 with another tag form)'],
    );
  });
});

describe('reading listings', () => {
  test('a GitHub error object is reported with its message, not read as an empty listing', () => {
    assert.deepEqual(parseReleaseList({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }), {
      problem: 'expected a list of releases, got object: "Not Found"',
    });
    assert.deepEqual(parseReleaseList([{ draft: false }]), { problem: 'item 0 has no tag_name' });
  });

  test('a network failure becomes a message naming what could not be reached', async () => {
    const offline = (async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND api.github.com'), { code: 'ENOTFOUND' }) });
    }) as typeof fetch;
    const result = await liveReader({ fetchImpl: offline })('cilium/cilium');
    assert.deepEqual(result, { problem: 'could not reach api.github.com: the name does not resolve (no network or no DNS) (ENOTFOUND)' });
  });

  test('a used-up rate limit says to set GITHUB_TOKEN', async () => {
    const limited = (async () =>
      new Response('{"message":"API rate limit exceeded"}', {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1796083200' },
      })) as typeof fetch;
    const result = await liveReader({ fetchImpl: limited })('cilium/cilium');
    assert.ok('problem' in result && /rate limit is used up until \d\d:\d\d UTC; set GITHUB_TOKEN/.test(result.problem), JSON.stringify(result));
  });

  test('live requests ask for 100 releases, send the token, and --save writes a recording the recorded mode reads', async () => {
    const saveDir = mkdtempSync(join(tmpdir(), 'cni-upstream-save-'));
    try {
      const seen: { url: string; auth: string | null }[] = [];
      const answering = (async (url: string | URL | Request, init?: RequestInit) => {
        seen.push({ url: String(url), auth: new Headers(init?.headers).get('authorization') });
        return Response.json([{ ...release('v1.2.3'), body: 'release notes are not kept', assets: [] }]);
      }) as typeof fetch;
      const result = await liveReader({ fetchImpl: answering, token: 'test-token', api: 'https://github.example/api/v3/', saveDir })('owner/repo');
      assert.deepEqual(seen, [{ url: 'https://github.example/api/v3/repos/owner/repo/releases?per_page=100', auth: 'Bearer test-token' }]);
      assert.deepEqual(result, { releases: [release('v1.2.3')] });
      assert.deepEqual(await recordedReader(saveDir)('owner/repo'), { releases: [release('v1.2.3')] });
    } finally {
      rmSync(saveDir, { recursive: true, force: true });
    }
  });
});

describe('npm run check:upstream, end to end against recordings', () => {
  const content = join(RECORDED, 'content');

  test('prints one line per CNI and platform and exits non-zero when one is more than a minor behind', () => {
    const { code, stdout } = runCheck(['--recorded', RECORDED, '--content', content]);
    assert.equal(code, EXIT.behind, stdout);
    const expected: Record<string, RegExp> = {
      calico: /^calico\s+3\.31\.7\s+3\.33\.1\s+2 minors behind$/,
      cilium: /^cilium\s+1\.20\.2\s+1\.20\.4\s+2 patches behind$/,
      flannel: /^flannel\s+0\.28\.9\s+0\.28\.9\s+up to date$/,
      'kube-router': /^kube-router\s+2\.10\.0\s+2\.11\.1\s+1 minor behind$/,
      'gke-dataplane-v2': /^gke-dataplane-v2\s+1\.36\.4-gke\.1391000\s+—\s+not tracked: the provider chooses the version$/,
      eks: /^eks\s+1\.36\s+—\s+not tracked: the provider chooses the version$/,
      k0s: /^k0s\s+1\.36\.3\+k0s\.1\s+1\.36\.3\+k0s\.2\s+behind: a newer build of the same release \(v1\.36\.3\+k0s\.2\)$/,
      rke2: /^rke2\s+v1\.36\.3\+rke2r1\s+1\.37\.1\+rke2r1\s+1 minor behind$/,
      talos: /^talos\s+1\.13\.9\s+1\.13\.9\s+up to date$/,
    };
    for (const [id, pattern] of Object.entries(expected)) assert.match(lineFor(stdout, id) ?? `(no line for ${id})`, pattern);
    assert.match(stdout, /More than 1 minor release behind \(fails the check\):\n {2}calico: describes 3\.31\.7, newest is 3\.33\.1 /);
    assert.doesNotMatch(stdout, /^ {2}kube-router:/m, 'one minor behind does not fail');
  });

  test('passes (exit 0) when nothing is more than a minor behind', () => {
    const dir = tempContent({ 'cnis/calico.yaml': 'id: calico\nupstream:\n  github: projectcalico/calico\nlatest:\n  version: "3.32.4"\n' });
    try {
      const { code, stdout } = runCheck(['--recorded', RECORDED, '--content', dir]);
      assert.equal(code, EXIT.ok, stdout);
      assert.match(lineFor(stdout, 'calico')!, /1 minor behind$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--json gives the same verdicts to machines', () => {
    const { code, stdout } = runCheck(['--recorded', RECORDED, '--content', content, '--json']);
    const report = JSON.parse(stdout) as {
      exitCode: number;
      results: { id: string; verdict: string; newest: string | null; patchesBehind: number; minorsBehind: number; fails: boolean; newestUrl: string | null }[];
    };
    assert.equal(code, EXIT.behind);
    assert.equal(report.exitCode, EXIT.behind);
    const byId = Object.fromEntries(report.results.map((r) => [r.id, r]));
    assert.deepEqual(Object.fromEntries(Object.entries(byId).map(([id, r]) => [id, r.verdict])), {
      calico: 'minors-behind',
      cilium: 'patches-behind',
      flannel: 'same',
      'gke-dataplane-v2': 'not-tracked',
      'kube-router': 'minors-behind',
      eks: 'not-tracked',
      k0s: 'patches-behind',
      rke2: 'minors-behind',
      talos: 'same',
    });
    assert.deepEqual([byId.cilium!.patchesBehind, byId.calico!.minorsBehind, byId.calico!.fails, byId['kube-router']!.fails], [2, 2, true, false]);
    assert.equal(byId.cilium!.newestUrl, 'https://github.com/cilium/cilium/releases/tag/v1.20.4');
  });

  test('a missing recording is "could not read" (exit 3), naming the repository and the file', () => {
    const dir = tempContent({ 'cnis/example.yaml': 'id: example\nupstream:\n  github: example-org/never-recorded\nlatest:\n  version: "1.0.0"\n' });
    try {
      const { code, stdout, stderr } = runCheck(['--recorded', RECORDED, '--content', dir]);
      assert.equal(code, EXIT.unreachable);
      assert.match(lineFor(stdout, 'example')!, /not compared: could not read example-org\/never-recorded's releases/);
      assert.match(stderr, /no recorded response for example-org\/never-recorded \(expected tests\/fixtures\/upstream\/example-org__never-recorded\.json\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run check:upstream without a network', () => {
  test('says which host it could not reach, exits 3 (not 1), and prints no stack trace', async () => {
    const port = await closedPort();
    const { code, stdout, stderr } = runCheck(['--content', join(RECORDED, 'content'), '--api', `http://127.0.0.1:${port}`]);
    assert.equal(code, EXIT.unreachable, stderr);
    assert.notEqual(code, EXIT.behind, 'being offline is not reported as being behind');
    assert.match(
      stderr,
      new RegExp(`could not reach 127\\.0\\.0\\.1:${port}: the connection was refused \\(ECONNREFUSED\\)\\n {2}\\(7 repositories: cilium/cilium, `),
    );
    assert.match(stderr, /Run it again with network access/);
    assert.doesNotMatch(stderr + stdout, /^\s+at /m);
    assert.match(lineFor(stdout, 'talos')!, /not compared: could not read siderolabs\/talos's releases/);
    assert.match(lineFor(stdout, 'eks')!, /not tracked/);
  });

  test('bad arguments exit 2 with the usage line', () => {
    const { code, stderr } = runCheck(['--recorded']);
    assert.equal(code, EXIT.usage);
    assert.match(stderr, /usage: npm run check:upstream -- /);
  });
});

describe('the real content', () => {
  const subjects = loadSubjects('content');

  test('every CNI and platform file reads, and each is tracked or says why not', () => {
    assert.deepEqual(
      subjects.filter((s) => s.problem).map((s) => `${s.file}: ${s.problem}`),
      [],
    );
    for (const s of subjects) assert.ok(s.upstream || s.untracked, s.file);
  });

  test('every repository the content names has a recording, so the offline run covers it', () => {
    const recordings = new Set(readdirSync(RECORDED));
    const missing = [...new Set(subjects.flatMap((s) => (s.upstream ? [s.upstream.github] : [])))].filter((repo) => !recordings.has(recordingName(repo)));
    assert.deepEqual(
      missing,
      [],
      `record them: npm run check:upstream -- --save ${RECORDED} (on a machine with network), or add ${RECORDED}/<owner>__<repo>.json by hand`,
    );
  });
});
