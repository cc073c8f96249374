/**
 * `npm run check:upstream [-- options]`: compares the release each CNI profile (`content/cnis/<id>.yaml`) and
 * platform (`content/platforms/<id>.yaml`) describes in `latest.version` with the newest stable release in the
 * GitHub repository named by its `upstream:`, and prints one line each: id, described, newest, verdict.
 *
 *   --recorded <dir>  read `<dir>/<owner>__<repo>.json` instead of the network (the tests use this)
 *   --save <dir>      also write each live answer there, in the same form (to refresh recordings)
 *   --content <dir>   the content folder (default `content`)
 *   --api <url>       the GitHub API (default $GITHUB_API_URL or https://api.github.com)
 *   --json            print one JSON document instead of the table
 *
 * Sends $GITHUB_TOKEN when set (60 requests an hour without one; the check makes one per repository).
 * Exit codes (`EXIT` in src/lib/upstream.ts): 0 fine; 1 something is more than one minor release behind;
 * 2 it could not run (bad arguments, no content folder); 3 a listing could not be read (no network, a GitHub error, a missing recording).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { upstreamSchema, type Upstream } from '../src/schemas/common.ts';
import {
  compareWithUpstream,
  describeFetchError,
  EXIT,
  failsCheck,
  MAX_MINORS_BEHIND,
  parseReleaseList,
  stableReleases,
  type GithubRelease,
  type Verdict,
} from '../src/lib/upstream.ts';

export const DEFAULT_API = 'https://api.github.com';
const REQUEST_TIMEOUT_MS = 20_000;

/** A CNI profile or platform as far as this check needs it. */
export interface Subject {
  kind: 'cni' | 'platform';
  id: string;
  /** Relative to the working directory. */
  file: string;
  described?: string;
  upstream?: Upstream;
  /** Why there is nothing to compare (no upstream, or the file could not be read). */
  untracked?: string;
  /** The file could not be read or validated. */
  problem?: string;
}

const subjectSchema = z.object({
  id: z.string(),
  kind: z.string().optional(),
  managed: z.unknown().optional(),
  basedOn: z.string().optional(),
  upstream: upstreamSchema.optional(),
  latest: z.object({ version: z.string(), source: z.string().optional() }),
});

const PROVIDER_CHOOSES = 'the provider chooses the version';

/** Reads every CNI profile and platform; a file that cannot be read becomes a subject with a problem. */
export function loadSubjects(contentDir: string): Subject[] {
  const subjects: Subject[] = [];
  for (const [kind, folder] of [
    ['cni', 'cnis'],
    ['platform', 'platforms'],
  ] as const) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).filter((n) => n.endsWith('.yaml'));
    // By id: a plain sort puts `azure-cni-cilium.yaml` before `azure-cni.yaml`.
    for (const name of names.sort((a, b) => a.slice(0, -5).localeCompare(b.slice(0, -5)))) {
      const path = join(dir, name);
      const file = relative(process.cwd(), path).split('\\').join('/');
      const fallbackId = name.slice(0, -'.yaml'.length);
      let raw: unknown;
      try {
        raw = parseYaml(readFileSync(path, 'utf8'));
      } catch (error) {
        subjects.push({ kind, id: fallbackId, file, problem: `could not read the file: ${(error as Error).message.split('\n')[0]}` });
        continue;
      }
      const parsed = subjectSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        subjects.push({ kind, id: fallbackId, file, problem: `${issue.path.join('.') || '(file)'}: ${issue.message} (npm run check:data says more)` });
        continue;
      }
      const data = parsed.data;
      const subject: Subject = { kind, id: data.id, file, described: data.latest.version };
      if (data.upstream) subject.upstream = data.upstream;
      else if ((kind === 'cni' && (data.managed || data.basedOn)) || (kind === 'platform' && data.kind === 'managed')) subject.untracked = PROVIDER_CHOOSES;
      else subject.untracked = `no upstream release listing in ${file}; check ${data.latest.source ?? 'its release notes'} by hand`;
      subjects.push(subject);
    }
  }
  return subjects;
}

/** A release listing, or why it could not be had. */
export type ListingResult = { releases: GithubRelease[] } | { problem: string };
export type ReadListing = (repo: string) => Promise<ListingResult>;

export const recordingName = (repo: string) => `${repo.replace('/', '__')}.json`;

/** Recorded answers: `<dir>/<owner>__<repo>.json`, each a "list releases" answer. */
export function recordedReader(dir: string): ReadListing {
  return async (repo) => {
    const path = join(dir, recordingName(repo));
    const shown = relative(process.cwd(), path) || path;
    if (!existsSync(path)) return { problem: `no recorded response for ${repo} (expected ${shown})` };
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      return { problem: `${shown} is not valid JSON: ${(error as Error).message}` };
    }
    const parsed = parseReleaseList(json);
    return 'problem' in parsed ? { problem: `${shown}: ${parsed.problem}` } : parsed;
  };
}

export interface LiveOptions {
  api?: string;
  token?: string;
  /** Injected by tests; the global fetch otherwise. */
  fetchImpl?: typeof fetch;
  /** Write each answer here as a recording. */
  saveDir?: string;
  timeoutMs?: number;
}

/** GitHub's "list releases" endpoint: the newest 100 releases, drafts only for users who may see them. */
export function liveReader({ api = DEFAULT_API, token, fetchImpl = fetch, saveDir, timeoutMs = REQUEST_TIMEOUT_MS }: LiveOptions = {}): ReadListing {
  return async (repo) => {
    const url = `${api.replace(/\/+$/, '')}/repos/${repo}/releases?per_page=100`;
    const host = new URL(url).host;
    const headers: Record<string, string> = {
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'cni-compare-check-upstream',
    };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    let body: string;
    try {
      response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) {
        if ((response.status === 403 || response.status === 429) && response.headers.get('x-ratelimit-remaining') === '0') {
          const reset = Number(response.headers.get('x-ratelimit-reset'));
          const until = reset ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : '';
          return { problem: `${host}: GitHub's API rate limit is used up${until}; set GITHUB_TOKEN (a token without scopes will do) for a higher limit` };
        }
        if (response.status === 404) return { problem: `${host} answered 404 Not Found for ${repo}: check the upstream.github repository name` };
        return { problem: `${host} answered ${response.status} ${response.statusText} for ${repo}` };
      }
      body = await response.text();
    } catch (error) {
      return { problem: describeFetchError(error, url) };
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { problem: `${host} answered with something that is not JSON for ${repo}` };
    }
    const parsed = parseReleaseList(json);
    if ('problem' in parsed) return { problem: `${host}, ${repo}: ${parsed.problem}` };
    if (saveDir) {
      mkdirSync(saveDir, { recursive: true });
      writeFileSync(join(saveDir, recordingName(repo)), `${JSON.stringify(parsed.releases, null, 2)}\n`);
    }
    return parsed;
  };
}

export interface Row {
  kind: 'cni' | 'platform';
  id: string;
  file: string;
  described: string | null;
  /** `owner/repo`. */
  upstream: string | null;
  newest: string | null;
  newestTag: string | null;
  newestUrl: string | null;
  newestPublished: string | null;
  verdict: Verdict | 'not-tracked' | 'unreachable';
  patchesBehind: number;
  minorsBehind: number;
  /** The verdict in words, as printed. */
  summary: string;
  /** For `unreachable` (and unreadable files): what went wrong, naming what could not be reached. */
  problem: string | null;
  /** More than one minor release behind. */
  fails: boolean;
}

/** Compares every subject, reading each repository's listing once. */
export async function checkUpstream(subjects: readonly Subject[], read: ReadListing): Promise<Row[]> {
  const repos = [...new Set(subjects.flatMap((s) => (s.upstream && s.described ? [s.upstream.github] : [])))];
  const listings = new Map(await Promise.all(repos.map(async (repo) => [repo, await read(repo)] as const)));
  return subjects.map((s): Row => {
    const base = {
      kind: s.kind,
      id: s.id,
      file: s.file,
      described: s.described ?? null,
      upstream: s.upstream?.github ?? null,
      newest: null,
      newestTag: null,
      newestUrl: null,
      newestPublished: null,
      patchesBehind: 0,
      minorsBehind: 0,
      fails: false,
      problem: null,
    };
    if (s.problem) return { ...base, verdict: 'unknown', summary: `unknown: ${s.problem}`, problem: s.problem };
    if (!s.upstream || !s.described) return { ...base, verdict: 'not-tracked', summary: `not tracked: ${s.untracked ?? PROVIDER_CHOOSES}` };
    const listing = listings.get(s.upstream.github)!;
    if ('problem' in listing)
      return { ...base, verdict: 'unreachable', summary: `not compared: could not read ${s.upstream.github}'s releases (see below)`, problem: listing.problem };
    const c = compareWithUpstream(s.described, stableReleases(listing.releases, s.upstream.tagPrefix));
    return {
      ...base,
      newest: c.newest?.version.text ?? null,
      newestTag: c.newest?.tag ?? null,
      newestUrl: c.newest?.url ?? null,
      newestPublished: c.newest?.published ?? null,
      verdict: c.verdict,
      patchesBehind: c.patchesBehind,
      minorsBehind: c.minorsBehind,
      summary: c.summary,
      fails: failsCheck(c),
    };
  });
}

export function exitCodeFor(rows: readonly Row[]): number {
  if (rows.some((r) => r.fails)) return EXIT.behind;
  if (rows.some((r) => r.verdict === 'unreachable')) return EXIT.unreachable;
  return EXIT.ok;
}

export function countsOf(rows: readonly Row[]) {
  const n = (p: (r: Row) => boolean) => rows.filter(p).length;
  return {
    compared: n((r) => !['not-tracked', 'unreachable'].includes(r.verdict) && r.upstream !== null),
    same: n((r) => r.verdict === 'same'),
    patchesBehind: n((r) => r.verdict === 'patches-behind'),
    oneMinorBehind: n((r) => r.verdict === 'minors-behind' && !r.fails),
    tooFarBehind: n((r) => r.fails),
    ahead: n((r) => r.verdict === 'ahead'),
    unknown: n((r) => r.verdict === 'unknown'),
    notTracked: n((r) => r.verdict === 'not-tracked'),
    unreachable: n((r) => r.verdict === 'unreachable'),
  };
}

/** Unreadable listings grouped by cause, so "no network" is said once, naming what could not be reached. */
export function unreachableMessages(rows: readonly Row[]): string[] {
  const byProblem = new Map<string, Set<string>>();
  for (const r of rows) if (r.verdict === 'unreachable') byProblem.set(r.problem!, (byProblem.get(r.problem!) ?? new Set()).add(r.upstream!));
  return [...byProblem].map(
    ([problem, repos]) => `${problem}\n  (${repos.size === 1 ? '1 repository' : `${repos.size} repositories`}: ${[...repos].sort().join(', ')})`,
  );
}

export function renderText(rows: readonly Row[], from: string): string {
  const lines = [`Described releases against the newest stable upstream release (${from})`];
  const width = (get: (r: Row) => string, title: string) => Math.max(title.length, ...rows.map((r) => get(r).length));
  const idW = width((r) => r.id, 'platform');
  const dW = width((r) => r.described ?? '—', 'described');
  const nW = width((r) => r.newest ?? '—', 'newest upstream');
  for (const [kind, title] of [
    ['cni', 'CNI'],
    ['platform', 'Platform'],
  ] as const) {
    const group = rows.filter((r) => r.kind === kind);
    if (!group.length) continue;
    lines.push('', `${title.padEnd(idW)}  ${'described'.padEnd(dW)}  ${'newest upstream'.padEnd(nW)}  verdict`);
    for (const r of group) lines.push(`${r.id.padEnd(idW)}  ${(r.described ?? '—').padEnd(dW)}  ${(r.newest ?? '—').padEnd(nW)}  ${r.summary}`);
  }
  const c = countsOf(rows);
  lines.push(
    '',
    `${c.compared} compared: ${c.same} up to date, ${c.patchesBehind} patches behind, ${c.oneMinorBehind} one minor behind, ${c.tooFarBehind} more than one minor behind, ${c.ahead} ahead, ${c.unknown} unknown; ${c.notTracked} not tracked; ${c.unreachable} could not be read.`,
  );
  const failing = rows.filter((r) => r.fails);
  if (failing.length) {
    lines.push('', `More than ${MAX_MINORS_BEHIND} minor release behind (fails the check):`);
    for (const r of failing)
      lines.push(
        `  ${r.id}: describes ${r.described}, newest is ${r.newest} (${r.newestUrl}). Update latest in ${r.file}, re-verify the cells the newer releases changed, and record them with npm run changes:draft.`,
      );
  }
  return lines.join('\n');
}

const USAGE = 'usage: npm run check:upstream -- [--recorded <dir>] [--save <dir>] [--content <dir>] [--api <url>] [--json]';

async function main(argv: string[]): Promise<number> {
  let values: { recorded?: string; save?: string; content?: string; api?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        recorded: { type: 'string' },
        save: { type: 'string' },
        content: { type: 'string' },
        api: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`check:upstream: ${(error as Error).message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  if (values.recorded && values.save) {
    console.error(`check:upstream: --save records live answers, so it cannot be combined with --recorded\n${USAGE}`);
    return EXIT.usage;
  }
  const contentDir = resolve(values.content ?? 'content');
  if (!existsSync(join(contentDir, 'cnis')) && !existsSync(join(contentDir, 'platforms'))) {
    console.error(`check:upstream: no cnis/ or platforms/ folder in ${contentDir}; run it from the project root or pass --content <dir>`);
    return EXIT.usage;
  }
  if (values.recorded && !existsSync(values.recorded)) {
    console.error(`check:upstream: the recordings folder ${values.recorded} does not exist`);
    return EXIT.usage;
  }
  const api = values.api ?? process.env.GITHUB_API_URL ?? DEFAULT_API;
  const read = values.recorded
    ? recordedReader(values.recorded)
    : liveReader({ api, ...(process.env.GITHUB_TOKEN ? { token: process.env.GITHUB_TOKEN } : {}), ...(values.save ? { saveDir: values.save } : {}) });
  const from = values.recorded ? `recorded responses in ${values.recorded}` : `live: ${api}`;

  const rows = await checkUpstream(loadSubjects(contentDir), read);
  const exitCode = exitCodeFor(rows);
  const unreachable = unreachableMessages(rows);
  if (values.json) {
    console.log(JSON.stringify({ from, counts: countsOf(rows), exitCode, results: rows }, null, 2));
  } else {
    console.log(renderText(rows, from));
  }
  if (unreachable.length) {
    const offline = rows.some((r) => r.problem?.startsWith('could not reach'));
    const retry = values.recorded
      ? 'Add the missing recordings, or run without --recorded to ask GitHub.'
      : offline
        ? 'Run it again with network access (behind a proxy, set HTTPS_PROXY and NODE_USE_ENV_PROXY=1), or compare against recordings with --recorded <dir>.'
        : 'Fix the causes above and run it again.';
    console.error(
      `\ncheck:upstream: some release listings could not be read, so those projects were not compared:\n${unreachable.map((m) => `- ${m}`).join('\n')}\n${retry}`,
    );
  }
  if (!values.json) {
    const outcome = {
      [EXIT.ok]: 'ok',
      [EXIT.behind]: 'something is more than one minor release behind',
      [EXIT.unreachable]: 'some release listings could not be read',
    }[exitCode];
    console.log(`\ncheck:upstream: exit ${exitCode} (${outcome})`);
  }
  return exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug here, not a network problem (those are reported above): say what, without a stack trace.
      console.error(`check:upstream: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = EXIT.usage;
    },
  );
}
