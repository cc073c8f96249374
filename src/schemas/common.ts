/**
 * Building blocks shared by every collection schema: sources, dates, versions and ids.
 * Kept free of `astro:` imports so scripts and unit tests can load them under plain Node.
 */
import { z } from 'astro/zod';

/** Lower-case slug used for every id in the fact base (`kube-router`, `network-policy`). */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug such as "kube-router" (letters, digits and single hyphens)');

/** An absolute http(s) URL. */
export const urlSchema = z
  .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as "https://docs.cilium.io/en/stable/"' })
  // Repeated as a pattern so the published JSON Schema rejects `javascript:` and other schemes too.
  .regex(/^https?:\/\/\S+$/, 'expected an absolute http(s) URL such as "https://docs.cilium.io/en/stable/"');

/**
 * A calendar date written as `YYYY-MM-DD`. YAML parsers that read unquoted dates as Date
 * objects are accepted too, so a file does not fail on a quoting style.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'expected a date written as YYYY-MM-DD, e.g. "2026-11-23"' }),
);

/** A release as the project numbers it, without a leading `v` (`1.16`, `3.27.2`). */
export const versionSchema = z.string().regex(/^\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z.-]+)?$/, 'expected a version such as "1.16" or "3.27.2" (no leading "v")');

/** A citation: an official page a reader can open, and a human title for it. */
export const sourceSchema = z.strictObject({
  /** The page's address; official docs, release notes, chart values or code only. */
  url: urlSchema,
  /** What the page is, in a few words, shown as the link text. */
  title: z.string().trim().min(3, 'give the source a title of at least 3 characters'),
});
export type Source = z.infer<typeof sourceSchema>;

/** A sentence with at least one source, used for strengths and limitations. */
export const sourcedSentenceSchema = z.strictObject({
  /** One sentence in our own words. */
  text: z.string().trim().min(10, 'write a full sentence (10 characters or more)'),
  /** Where a reader can check it. */
  sources: z.array(sourceSchema).min(1, 'cite at least one official source'),
});
export type SourcedSentence = z.infer<typeof sourcedSentenceSchema>;

/** Where `npm run check:upstream` finds the newest release: a GitHub repository's releases (`owner/repo`). */
export const upstreamSchema = z.strictObject({
  /** `owner/repo` on GitHub whose releases are the project's releases. */
  github: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected "owner/repo"'),
  /** Tags that are releases of this line start with this prefix (default "v"). */
  tagPrefix: z.string().default('v'),
});
export type Upstream = z.infer<typeof upstreamSchema>;
