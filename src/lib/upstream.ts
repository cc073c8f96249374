/**
 * `npm run check:upstream`'s logic: read a GitHub release listing, keep the stable releases, pick the newest,
 * and say how far the version a profile describes is behind it. Pure: the script does the reading and
 * printing, so tests feed recorded listings straight in.
 *
 * Versions are compared in the upstream project's own numbering. Distributions that embed the Kubernetes
 * version (`1.37.1+rke2r1`, `1.36.3+k0s.2`, `1.37.1+k3s1`) compare as that Kubernetes version, then by the
 * distribution's build number after the `+`.
 */

/** The fields of one item of GitHub's "list releases" answer that the check reads. */
export interface GithubRelease {
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  /** Null for drafts. */
  published_at: string | null;
  html_url: string;
}

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Set for `-rc.1`, `-beta.0`…: a pre-release, which sorts before the release it precedes. */
  prerelease?: string;
  /** A rebuild of the same release: the number ending the `+` part (`rke2r2` → 2), or a fourth number. */
  build: number;
  /** The version as written, without a tag prefix. */
  text: string;
}

const VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

/** `3.33.1`, `1.16`, `1.37.1+rke2r1`, `1.20.0-rc.1`; undefined for anything else. */
export function parseVersion(text: string): Version | undefined {
  const m = VERSION.exec(text.trim());
  if (!m) return undefined;
  const buildDigits = m[6] ? /(\d+)$/.exec(m[6])?.[1] : undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3] ?? 0),
    ...(m[5] ? { prerelease: m[5] } : {}),
    build: Number(m[4] ?? buildDigits ?? 0),
    text: text.trim(),
  };
}

/** Negative when `a` is older than `b`, positive when newer, 0 when the same release. */
export function compareVersions(a: Version, b: Version): number {
  const byNumber = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (byNumber) return byNumber;
  if (a.prerelease !== b.prerelease) {
    if (a.prerelease === undefined) return 1;
    if (b.prerelease === undefined) return -1;
    return a.prerelease.localeCompare(b.prerelease, 'en', { numeric: true });
  }
  return a.build - b.build;
}

export const lineOf = (v: Version) => `${v.major}.${v.minor}`;

export interface StableRelease {
  tag: string;
  version: Version;
  published?: string;
  url: string;
}

export interface Listing {
  /** Stable releases of the line the prefix selects, newest first. */
  stable: StableRelease[];
  /** What was left out, by reason, so the output can say why a listing held nothing. */
  ignored: { draft: number; prerelease: number; otherPrefix: number; notAVersion: number };
}

/**
 * Keeps the releases that count: not drafts, not pre-releases (flagged by GitHub, or carrying a `-rc1`,
 * `-beta.0`… suffix, which some projects do not flag), tagged with `tagPrefix` followed by a version.
 */
export function stableReleases(releases: readonly GithubRelease[], tagPrefix = 'v'): Listing {
  const ignored = { draft: 0, prerelease: 0, otherPrefix: 0, notAVersion: 0 };
  const stable: StableRelease[] = [];
  for (const r of releases) {
    if (r.draft) {
      ignored.draft++;
      continue;
    }
    if (!r.tag_name.startsWith(tagPrefix)) {
      ignored.otherPrefix++;
      continue;
    }
    const version = parseVersion(r.tag_name.slice(tagPrefix.length));
    if (!version) {
      ignored.notAVersion++;
      continue;
    }
    if (r.prerelease || version.prerelease !== undefined) {
      ignored.prerelease++;
      continue;
    }
    stable.push({ tag: r.tag_name, version, ...(r.published_at ? { published: r.published_at } : {}), url: r.html_url });
  }
  stable.sort((a, b) => compareVersions(b.version, a.version));
  return { stable, ignored };
}

export type Verdict = 'same' | 'patches-behind' | 'minors-behind' | 'ahead' | 'unknown';

export interface Comparison {
  verdict: Verdict;
  newest?: StableRelease;
  /** For `patches-behind`: newest patch number minus the described one (0 for a newer build of the same patch). */
  patchesBehind: number;
  /** For `minors-behind`: how many newer release lines there are. */
  minorsBehind: number;
  /** One phrase for people: "2 patches behind", "unknown: …". */
  summary: string;
}

/** More minor releases behind than this fails the check. */
export const MAX_MINORS_BEHIND = 1;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How far `described` (a profile's `latest.version`) is from the newest stable release in `listing`. */
export function compareWithUpstream(described: string, listing: Listing): Comparison {
  const none = { patchesBehind: 0, minorsBehind: 0 };
  // A profile may write the tag (`v1.37.1+rke2r1`) rather than the version.
  const current = parseVersion(described.replace(/^v(?=\d)/, ''));
  if (!current) return { verdict: 'unknown', ...none, summary: `unknown: "${described}" is not a version number` };
  const newest = listing.stable[0];
  if (!newest) {
    const { draft, prerelease, otherPrefix, notAVersion } = listing.ignored;
    const skipped = draft + prerelease + otherPrefix + notAVersion;
    return {
      verdict: 'unknown',
      ...none,
      summary: skipped
        ? `unknown: no stable release among ${skipped} listed (${prerelease} pre-release, ${draft} draft, ${otherPrefix + notAVersion} with another tag form)`
        : 'unknown: the project lists no releases',
    };
  }
  const order = compareVersions(current, newest.version);
  if (order === 0) return { verdict: 'same', newest, ...none, summary: 'up to date' };
  if (order > 0) return { verdict: 'ahead', newest, ...none, summary: `ahead: ${described} is newer than every stable release listed` };
  if (current.major === newest.version.major && current.minor === newest.version.minor) {
    const patchesBehind = Math.max(newest.version.patch - current.patch, 0);
    const summary = patchesBehind
      ? plural(patchesBehind, 'patch behind', 'patches behind')
      : current.prerelease !== undefined
        ? `behind: ${described} is a pre-release of ${newest.tag}`
        : `behind: a newer build of the same release (${newest.tag})`;
    return { verdict: 'patches-behind', newest, patchesBehind, minorsBehind: 0, summary };
  }
  // Across a major release the minor numbers restart, so count the newer lines the listing shows instead.
  const newerLines = new Set(
    listing.stable
      .filter((r) => r.version.major > current.major || (r.version.major === current.major && r.version.minor > current.minor))
      .map((r) => lineOf(r.version)),
  );
  const minorsBehind = current.major === newest.version.major ? newest.version.minor - current.minor : Math.max(1, newerLines.size);
  const major = current.major !== newest.version.major ? `, a new major version (${newest.version.major}.x)` : '';
  return { verdict: 'minors-behind', newest, patchesBehind: 0, minorsBehind, summary: `${plural(minorsBehind, 'minor', 'minors')} behind${major}` };
}

/** A comparison that fails the check. */
export const failsCheck = (c: Pick<Comparison, 'verdict' | 'minorsBehind'>) => c.verdict === 'minors-behind' && c.minorsBehind > MAX_MINORS_BEHIND;

/**
 * Reads a "list releases" answer (live or recorded) as releases, or says what is wrong with it.
 * GitHub answers errors with an object (`{ "message": "Not Found" }`), not a list.
 */
export function parseReleaseList(json: unknown): { releases: GithubRelease[] } | { problem: string } {
  if (!Array.isArray(json)) {
    const message =
      json && typeof json === 'object' && typeof (json as { message?: unknown }).message === 'string' ? `: "${(json as { message: string }).message}"` : '';
    return { problem: `expected a list of releases, got ${json === null ? 'null' : typeof json}${message}` };
  }
  const releases: GithubRelease[] = [];
  for (const [i, item] of json.entries()) {
    const r = item as Partial<Record<keyof GithubRelease, unknown>> | null;
    if (!r || typeof r !== 'object' || typeof r.tag_name !== 'string') return { problem: `item ${i} has no tag_name` };
    releases.push({
      tag_name: r.tag_name,
      draft: r.draft === true,
      prerelease: r.prerelease === true,
      published_at: typeof r.published_at === 'string' ? r.published_at : null,
      html_url: typeof r.html_url === 'string' ? r.html_url : '',
    });
  }
  return { releases };
}

/** Exit codes of `npm run check:upstream`. */
export const EXIT = {
  /** Everything read; nothing more than one minor release behind. */
  ok: 0,
  /** At least one profile or platform is more than one minor release behind. */
  behind: 1,
  /** Bad arguments, or the content could not be read. */
  usage: 2,
  /** At least one release listing could not be read (network, GitHub error, missing recording) and nothing is too far behind. */
  unreachable: 3,
} as const;

/** Why a network request failed, in words, from what `fetch` throws: never a stack trace. */
export function describeFetchError(error: unknown, url: string): string {
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } } | undefined;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `could not reach ${host}: no answer in time`;
  const code = e?.cause?.code;
  const reasons: Record<string, string> = {
    ENOTFOUND: 'the name does not resolve (no network or no DNS)',
    EAI_AGAIN: 'the name could not be resolved right now (no network or no DNS)',
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'the connection timed out',
    ENETUNREACH: 'the network is unreachable',
    EHOSTUNREACH: 'the host is unreachable',
  };
  const reason = (code && reasons[code]) ?? e?.cause?.message ?? e?.message ?? String(error);
  return `could not reach ${host}: ${reason}${code ? ` (${code})` : ''}`;
}
