/**
 * Downloads (issues 13–15): every JSON download validates against the JSON Schema published beside it
 * (checked with Ajv, as a consumer would); the end-of-support calendar is valid iCalendar with one
 * event per published date; each CNI's release page shows its lines with today's support status.
 */
import { test, expect } from '@playwright/test';
import ICAL from 'ical.js';
import { matrixJson, releasesJson } from './helpers.ts';
import { compileSchema, schemaErrors } from '../support/json-schema.ts';

const DOWNLOADS = ['matrix', 'benchmarks', 'platforms', 'releases', 'migrations', 'changes'];

test.describe('JSON downloads and their schemas', () => {
  for (const name of DOWNLOADS) {
    test(`/data/${name}.json validates against /data/schemas/${name}.json`, async ({ request }) => {
      const res = await request.get(`/data/${name}.json`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('application/json');
      const schema = await (await request.get(`/data/schemas/${name}.json`)).json();
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const validate = compileSchema(schema);
      const data = await res.json();
      expect(schemaErrors(validate, data)).toEqual([]);
      // The schema is not a blank check: the same download with its first list emptied of keys fails.
      const broken = structuredClone(data) as Record<string, unknown>;
      const list = Object.values(broken).find((v): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object');
      expect(list, `${name} has a list of objects`).toBeTruthy();
      list![0] = {};
      expect(schemaErrors(validate, broken)).not.toEqual([]);
    });
  }

  test('the published schemas require a cell for every feature and a stance for every CNI', async ({ request }) => {
    const { cnis, features } = matrixJson();
    const matrix = await (await request.get('/data/schemas/matrix.json')).json();
    expect([...matrix.properties.support.required].sort()).toEqual(cnis.map((c) => c.id).sort());
    expect([...matrix.properties.support.additionalProperties.required].sort()).toEqual(features.map((f) => f.id).sort());
    const platform = await (await request.get('/data/schemas/platform.json')).json();
    expect([...platform.properties.stances.required].sort()).toEqual(cnis.map((c) => c.id).sort());
  });
});

test.describe('/data/end-of-support.ics', () => {
  test('is iCalendar: CRLF lines of at most 75 octets, one all-day VEVENT per endOfSupport date in releases.json', async ({ request }) => {
    const res = await request.get('/data/end-of-support.ics');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/calendar');
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.filter((l) => l.includes('\n'))).toEqual([]);
    expect(lines.filter((l) => Buffer.byteLength(l) > 75)).toEqual([]);
    const expected = releasesJson()
      .subjects.flatMap((s) => s.lines.filter((l) => l.endOfSupport).map((l) => `${s.subject} ${l.line} ${l.endOfSupport}`))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(expected.length);
    const uids = new Set<string>();
    for (const v of events) {
      const e = new ICAL.Event(v);
      expect(e.startDate.isDate, e.summary).toBe(true);
      expect(v.getFirstPropertyValue('dtstamp'), e.summary).toBeTruthy();
      uids.add(e.uid);
    }
    expect(uids.size).toBe(events.length);
    expect(events.map((v) => new ICAL.Event(v).startDate.toString()).sort()).toEqual(expected.map((x) => x.split(' ')[2]).sort());
  });
});

test.describe('release pages', () => {
  test.use({ javaScriptEnabled: false });
  for (const subject of releasesJson().subjects.filter((s) => s.kind === 'cni')) {
    test(`/cni/${subject.subject}/releases/ shows every line with its support status today`, async ({ page }) => {
      await page.goto(`/cni/${subject.subject}/releases/`);
      const rows = page.locator('table[data-release-lines] tbody tr[data-line]');
      await expect(rows).toHaveCount(subject.lines.length);
      for (const [i, l] of subject.lines.entries()) {
        const row = rows.nth(i);
        await expect(row).toHaveAttribute('data-line', l.line);
        const supported = subject.supportedToday.includes(l.line);
        if (supported) {
          await expect(row, l.line).toHaveAttribute('data-support', 'supported');
          await expect(row.locator('td strong')).toHaveText('Supported');
        } else await expect(row, l.line).not.toHaveAttribute('data-support', 'supported');
      }
      // The profile names the same supported lines and links here.
      await page.goto(`/cni/${subject.subject}/`);
      await expect(page.locator(`a[href="/cni/${subject.subject}/releases/"]`).first()).toBeVisible();
      if (subject.supportedToday.length) await expect(page.locator('dt:text("Supported lines today") + dd')).toContainText(subject.supportedToday.join(', '));
    });
  }
});
