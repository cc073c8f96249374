/**
 * The changelog as readers see it: one row per change entry with the facts it changed, filters by
 * CNI, feature and platform (shared by /changes/ and the feeds), and Atom feeds built with `feed`.
 */
import { Feed } from 'feed';
import { forNotice } from './url-params.ts';
import type { Dataset } from './dataset.ts';
import type { ChangeEntry, ChangeItem } from '../schemas/changes.ts';

/** Entries with at most this many changed facts show them open on /changes/; longer ones start folded. */
export const OPEN_ITEMS_MAX = 12;

export interface ChangeFilter {
  cni?: string;
  feature?: string;
  platform?: string;
}

/** Whether an item concerns a CNI, feature or platform (a stance concerns both its platform and its CNI). */
export function itemMatches(item: Pick<ChangeItem, 'cni' | 'feature' | 'platform'>, filter: ChangeFilter): boolean {
  return (
    (!filter.cni || item.cni === filter.cni) && (!filter.feature || item.feature === filter.feature) && (!filter.platform || item.platform === filter.platform)
  );
}

/** Entries with at least one matching item, each reduced to its matching items; newest first. */
export function filterChanges(entries: readonly ChangeEntry[], filter: ChangeFilter): ChangeEntry[] {
  return entries.flatMap((e) => {
    const changes = e.changes.filter((i) => itemMatches(i, filter));
    return changes.length ? [{ ...e, changes }] : [];
  });
}

/** A stable anchor and id for an entry: its date and a slug of its title. */
export function entryId(entry: ChangeEntry): string {
  return `${entry.date}-${entry.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '')}`;
}

/** One change item in words: "Calico × Dual-stack: status yes → partial". */
export function describeItem(ds: Dataset, item: ChangeItem): string {
  const cni = item.cni ? (ds.cnis.find((c) => c.id === item.cni)?.name ?? item.cni) : undefined;
  const feature = item.feature ? (ds.features.find((f) => f.id === item.feature)?.name ?? item.feature) : undefined;
  const platform = item.platform ? (ds.platforms.find((p) => p.id === item.platform)?.name ?? item.platform) : undefined;
  const subject = [platform, cni, feature].filter(Boolean).join(' × ');
  if (item.field === 'added') return `${subject} added`;
  if (item.field === 'removed') return `${subject} removed`;
  const field = item.field === 'stance' ? 'stance' : item.field;
  return `${subject}: ${field} ${item.from ?? '(none)'} → ${item.to ?? '(none)'}`;
}

export interface FeedOptions {
  site: string;
  /** Path of the feed itself, e.g. `/changes/feed.xml`. */
  path: string;
  title: string;
  /** The HTML page the feed mirrors. */
  pagePath: string;
}

/** An Atom 1.0 feed of change entries; ids and links point at entries on /changes/. */
export function atomFeed(ds: Dataset, entries: readonly ChangeEntry[], options: FeedOptions): string {
  const updated = entries[0]?.date ?? ds.verifiedAsOf;
  const feed = new Feed({
    id: new URL(options.path, options.site).href,
    title: options.title,
    link: new URL(options.pagePath, options.site).href,
    feedLinks: { atom: new URL(options.path, options.site).href },
    updated: new Date(`${updated}T00:00:00Z`),
    copyright: 'Facts from the cited official sources; text by CNI Compare.',
    generator: 'CNI Compare',
    author: { name: 'CNI Compare' },
  });
  for (const entry of entries) {
    const id = entryId(entry);
    const items = entry.changes.map((i) => `<li>${escapeHtml(describeItem(ds, i))}</li>`).join('');
    const sources = entry.sources.map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a></li>`).join('');
    feed.addItem({
      id: new URL(`/changes/#${id}`, options.site).href,
      title: escapeHtml(entry.title),
      link: new URL(`/changes/#${id}`, options.site).href,
      date: new Date(`${entry.date}T00:00:00Z`),
      description: escapeHtml(entry.why),
      content: `<p>${escapeHtml(entry.why)}</p><ul>${items}</ul><p>Sources:</p><ul>${sources}</ul>`,
    });
  }
  return feed.atom1();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Reads `?cni=&feature=&platform=` for /changes/, naming what it ignores. */
export function parseChangeFilter(
  search: string,
  known: { cnis: readonly string[]; features: readonly string[]; platforms: readonly string[] },
): { filter: ChangeFilter; ignored: string[] } {
  const params = new URLSearchParams(search);
  const filter: ChangeFilter = {};
  const ignored: string[] = [];
  for (const [key, list] of [
    ['cni', known.cnis],
    ['feature', known.features],
    ['platform', known.platforms],
  ] as const) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (list.includes(value)) filter[key] = value;
    else ignored.push(`unknown ${key} "${forNotice(value)}"`);
  }
  for (const key of new Set(params.keys())) if (!['cni', 'feature', 'platform'].includes(key)) ignored.push(`unknown parameter "${forNotice(key)}"`);
  return { filter, ignored };
}
