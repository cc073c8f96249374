/**
 * What changed (issue 15): /changes/ lists every entry of /data/changes.json and filters them by CNI,
 * feature and platform with the state in the URL; the Atom feeds (site-wide, per CNI, feature and
 * platform) parse as well-formed Atom with a real XML parser and carry the same entries as /changes/;
 * pages advertise their feed.
 */
import { test, expect, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { changesJson, matrixJson, platformsJson, type ChangeItemJson } from './helpers.ts';

type Filter = { cni?: string; feature?: string; platform?: string };
const matches = (i: ChangeItemJson, f: Filter) =>
  (!f.cni || i.cni === f.cni) && (!f.feature || i.feature === f.feature) && (!f.platform || i.platform === f.platform);
/** Titles of the entries with at least one item matching the whole filter, newest first. */
const expectedTitles = (f: Filter) =>
  changesJson()
    .changes.filter((e) => e.changes.some((i) => matches(i, f)))
    .map((e) => e.title);
const visibleTitles = (page: Page) =>
  page.locator('li[data-change]:not([hidden]) .change__title').evaluateAll((hs) => hs.map((h) => (h as HTMLElement).innerText));
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

test.describe('/changes/', () => {
  test('lists every entry of changes.json, newest first, each with its date and items', async ({ page }) => {
    const { changes } = changesJson();
    expect(changes.length).toBeGreaterThan(0);
    await page.goto('/changes/');
    const entries = page.locator('li[data-change]');
    await expect(entries).toHaveCount(changes.length);
    const titles = (await visibleTitles(page)).map(normalize);
    expect(titles.length).toBe(changes.length);
    for (const [i, e] of changes.entries()) {
      expect(titles[i], `entry ${i}`).toContain(normalize(e.title));
      await expect(entries.nth(i).locator('time')).toHaveAttribute('datetime', e.date);
      await expect(entries.nth(i).locator('.change__items > li')).toHaveCount(e.changes.length);
    }
    const dates = changes.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  /** One filter of each kind, and combinations, taken from the data. */
  function filters(): Filter[] {
    const items = changesJson().changes.flatMap((e) => e.changes);
    const cni = items.find((i) => i.cni && i.feature)!;
    const platform = items.find((i) => i.platform)!;
    const stance = items.find((i) => i.platform && i.cni);
    const out: Filter[] = [{ cni: cni.cni }, { feature: cni.feature }, { platform: platform.platform }, { cni: cni.cni, feature: cni.feature }];
    if (stance) out.push({ platform: stance.platform, cni: stance.cni });
    // A CNI and a feature that appear in the same entry but never in one item: nothing matches both.
    const entries = changesJson().changes;
    for (const e of entries) {
      const c = e.changes.find((i) => i.cni && i.feature);
      const other = c && e.changes.find((i) => i.feature && i.feature !== c.feature && !e.changes.some((j) => j.cni === c.cni && j.feature === i.feature));
      if (c && other) {
        out.push({ cni: c.cni, feature: other.feature });
        break;
      }
    }
    return out;
  }

  for (const f of filters()) {
    const query = new URLSearchParams(f as Record<string, string>).toString();
    test(`?${query} shows exactly the entries with an item matching it, and only those items`, async ({ page }) => {
      const expected = expectedTitles(f);
      await page.goto(`/changes/?${query}`);
      await expect(page.locator('[data-changes-count]')).toContainText(`${expected.length} of ${changesJson().changes.length} entries`);
      expect((await visibleTitles(page)).map(normalize)).toEqual(expected.map((t) => expect.stringContaining(normalize(t))));
      for (const [key, value] of Object.entries(f)) await expect(page.locator(`select[name="${key}"]`)).toHaveValue(value!);
      const shownItems = await page.locator('li[data-change]:not([hidden]) .change__items > li:not([hidden])').count();
      const expectedItems = changesJson().changes.flatMap((e) => e.changes.filter((i) => matches(i, f))).length;
      expect(shownItems).toBe(expectedItems);
      await expect(page.locator('[data-changes-notice]')).toBeHidden();
    });
  }

  test('choosing a filter writes the URL; back restores the previous state', async ({ page }) => {
    const [f] = filters();
    await page.goto('/changes/');
    await page.locator('select[name="cni"]').selectOption(f!.cni!);
    await expect(page).toHaveURL(new RegExp(`/changes/\\?cni=${f!.cni}$`));
    await expect(page.locator('li[data-change]:not([hidden])')).toHaveCount(expectedTitles({ cni: f!.cni }).length);
    await page.goBack();
    await expect(page.locator('li[data-change]:not([hidden])')).toHaveCount(changesJson().changes.length);
    await expect(page.locator('select[name="cni"]')).toHaveValue('');
  });

  test('an unknown value is ignored with a visible notice naming it', async ({ page }) => {
    await page.goto('/changes/?cni=no-such-cni&feature=warp-drive&platform=moon');
    const notice = page.locator('[data-changes-notice]');
    await expect(notice).toBeVisible();
    for (const v of ['no-such-cni', 'warp-drive', 'moon']) await expect(notice).toContainText(`"${v}"`);
    await expect(page.locator('li[data-change]:not([hidden])')).toHaveCount(changesJson().changes.length);
  });
});

type AtomText = string | { '#text': string; '@type'?: string };
type AtomEntry = { id: string; title: AtomText; updated: string; link: { '@href': string }[]; author?: { name?: string } };
type AtomFeed = {
  '@xmlns': string;
  id: string;
  title: AtomText;
  updated: string;
  author?: { name?: string };
  link: { '@rel'?: string; '@href': string }[];
  entry?: AtomEntry[];
};
const text = (t: AtomText) => (typeof t === 'string' ? t : t['#text']);

/** Fetches and parses a feed, failing on malformed XML or a missing required Atom element. */
async function readFeed(request: import('@playwright/test').APIRequestContext, path: string): Promise<AtomFeed> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  const xml = await res.text();
  const valid = XMLValidator.validate(xml);
  expect(valid, `${path}: ${JSON.stringify(valid)}`).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' || n === 'link' }).parse(xml).feed as AtomFeed;
  expect(feed, path).toBeTruthy();
  expect(feed['@xmlns'], path).toBe('http://www.w3.org/2005/Atom');
  expect(feed.id, path).toMatch(/^https?:\/\/\S+$/);
  expect(text(feed.title), path).toMatch(/\S/);
  expect(Number.isNaN(Date.parse(feed.updated)), `${path} updated`).toBe(false);
  expect(new URL(feed.link.find((l) => l['@rel'] === 'self')!['@href']).pathname, path).toBe(path);
  // RFC 4287 §4.1.1: the feed names an author unless every entry does.
  expect(Boolean(feed.author?.name) || (feed.entry ?? []).every((e) => e.author?.name), `${path}: author`).toBe(true);
  for (const e of feed.entry ?? []) {
    expect(e.id, path).toMatch(/^https?:\/\/\S+$/);
    expect(Number.isNaN(Date.parse(e.updated)), `${path} entry updated`).toBe(false);
  }
  return feed;
}

test.describe('Atom feeds', () => {
  test('/changes/feed.xml has every entry of /changes/, in order, each linking its anchor there', async ({ page, request }) => {
    const feed = await readFeed(request, '/changes/feed.xml');
    const { changes } = changesJson();
    const entries = feed.entry ?? [];
    expect(entries.map((e) => normalize(text(e.title)))).toEqual(changes.map((c) => normalize(c.title)));
    expect(entries.map((e) => e.updated.slice(0, 10))).toEqual(changes.map((c) => c.date));
    expect(feed.updated.slice(0, 10)).toBe(changes[0]!.date);
    await page.goto('/changes/');
    const anchors = await page.locator('li[data-change]').evaluateAll((lis) => lis.map((li) => li.id));
    expect(entries.map((e) => new URL(e.link[0]!['@href']).hash.slice(1))).toEqual(anchors);
    expect(entries.map((e) => new URL(e.link[0]!['@href']).pathname)).toEqual(entries.map(() => '/changes/'));
  });

  test('each CNI, feature and platform feed has exactly the entries /changes/ shows for it', async ({ request }) => {
    test.setTimeout(120_000);
    const subjects: [keyof Filter, string][] = [
      ...matrixJson().cnis.map((c) => ['cni', c.id] as [keyof Filter, string]),
      ...matrixJson().features.map((f) => ['feature', f.id] as [keyof Filter, string]),
      ...platformsJson().platforms.map((p) => ['platform', p.id] as [keyof Filter, string]),
    ];
    for (const [kind, id] of subjects) {
      const path = `/changes/${kind}/${id}.xml`;
      const feed = await readFeed(request, path);
      expect(
        (feed.entry ?? []).map((e) => normalize(text(e.title))),
        path,
      ).toEqual(expectedTitles({ [kind]: id }).map(normalize));
      expect(new URL(feed.link.find((l) => l['@rel'] === 'alternate')!['@href']).search, path).toBe(`?${kind}=${id}`);
    }
  });
});

test.describe('pages advertise their feeds', () => {
  /** The Atom feeds a page links with <link rel="alternate" type="application/atom+xml">. */
  async function advertised(request: import('@playwright/test').APIRequestContext, path: string): Promise<string[]> {
    const html = await (await request.get(path)).text();
    return [...html.matchAll(/<link\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => /rel="alternate"/.test(tag) && /type="application\/atom\+xml"/.test(tag))
      .map((tag) => /href="([^"]+)"/.exec(tag)![1]!);
  }

  test('/changes/ and every CNI, feature and platform page link the matching feed, and each feed exists', async ({ request }) => {
    test.setTimeout(120_000);
    expect(await advertised(request, '/changes/')).toContain('/changes/feed.xml');
    const pages: [string, string][] = [
      ...matrixJson().cnis.map((c) => [`/cni/${c.id}/`, `/changes/cni/${c.id}.xml`] as [string, string]),
      ...matrixJson().features.map((f) => [`/features/${f.id}/`, `/changes/feature/${f.id}.xml`] as [string, string]),
      ...platformsJson().platforms.map((p) => [`/platforms/${p.id}/`, `/changes/platform/${p.id}.xml`] as [string, string]),
    ];
    for (const [path, feed] of pages) {
      const links = await advertised(request, path);
      expect(links, path).toContain(feed);
      expect(links, path).toContain('/changes/feed.xml');
      for (const href of links) expect((await request.head(href)).status(), `${path} → ${href}`).toBe(200);
    }
  });
});
