/**
 * Release lines and support windows (src/lib/releases.ts) and the iCalendar of end-of-support dates
 * (src/lib/exports.ts): support today follows a published end date first, else the project's
 * "N newest lines" rule, else it is unknown; the calendar has one all-day event per published date.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { endOfSupportEvents, linesOnDay, supportedToday } from '../../src/lib/releases.ts';
import { endOfSupportIcs, releasesJson } from '../../src/lib/exports.ts';
import type { Releases, ReleaseLine } from '../../src/schemas/releases.ts';
import { realDataset } from '../support/dataset.ts';

const src = [{ url: 'https://example.org/releases', title: 'Release notes' }];
function line(l: string, first: string, extra: Partial<ReleaseLine> = {}): ReleaseLine {
  return { line: l, first: { version: `${l}.0`, date: first }, latest: { version: `${l}.3`, date: first }, sources: src, verified: '2026-11-01', ...extra };
}
function releases(lines: ReleaseLine[], policy: Partial<Releases['policy']> = {}, subject = 'alpha', kind: Releases['kind'] = 'cni'): Releases {
  return {
    subject,
    kind,
    policy: { support: 'How long each line is supported.', upgrade: 'One minor at a time.', sources: src, ...policy },
    lines,
    verified: '2026-11-01',
  };
}

describe('support today', () => {
  test('a published end of support decides: on or before the date supported, after it ended', () => {
    const r = releases([line('2.1', '2026-06-01', { endOfSupport: '2026-12-01' }), line('2.0', '2025-06-01', { endOfSupport: '2026-11-30' })]);
    assert.deepEqual(
      linesOnDay(r, '2026-12-01').map((l) => [l.line, l.support]),
      [
        ['2.1', 'supported'],
        ['2.0', 'ended'],
      ],
    );
    assert.deepEqual(
      linesOnDay(r, '2026-11-30').map((l) => l.support),
      ['supported', 'supported'],
    );
    assert.deepEqual(
      linesOnDay(r, '2026-12-02').map((l) => l.support),
      ['ended', 'ended'],
    );
    assert.match(linesOnDay(r, '2026-12-01')[0]!.basis, /2026-12-01/);
  });

  test('without dates, the "N newest lines" rule counts only lines released by that day', () => {
    const r = releases([line('1.20', '2026-07-29'), line('1.19', '2026-02-04'), line('1.18', '2025-07-29'), line('1.17', '2025-02-04')], { supportedLines: 3 });
    assert.deepEqual(supportedToday(r, '2026-12-01'), ['1.20', '1.19', '1.18']);
    assert.equal(linesOnDay(r, '2026-12-01').find((l) => l.line === '1.17')!.support, 'ended');
    // Before 1.20 was out, 1.17 was still one of the three newest.
    assert.deepEqual(supportedToday(r, '2026-07-01'), ['1.19', '1.18', '1.17']);
    assert.notEqual(linesOnDay(r, '2026-07-01').find((l) => l.line === '1.20')!.support, 'supported');
  });

  test('a published date wins over the rule', () => {
    const r = releases([line('3.1', '2026-10-01'), line('3.0', '2026-04-01', { endOfSupport: '2026-10-15' })], { supportedLines: 2 });
    assert.deepEqual(
      linesOnDay(r, '2026-11-01').map((l) => l.support),
      ['supported', 'ended'],
    );
  });

  test('with neither, support is unknown, never guessed', () => {
    const r = releases([line('0.9', '2026-01-01'), line('0.8', '2025-01-01')]);
    assert.deepEqual(
      linesOnDay(r, '2026-12-01').map((l) => l.support),
      ['unknown', 'unknown'],
    );
    assert.deepEqual(supportedToday(r, '2026-12-01'), []);
  });

  test('the releases download says which lines are supported on its date, from the real data', () => {
    const ds = realDataset();
    const day = '2026-12-01';
    const json = releasesJson(ds, day);
    assert.deepEqual(json.subjects.map((s) => s.subject).sort(), Object.keys(ds.releases).sort());
    for (const s of json.subjects) {
      const r = ds.releases[s.subject]!;
      const released = r.lines.filter((l) => l.first.date <= day).map((l) => l.line);
      const expected = r.lines
        .filter((l) => (l.endOfSupport ? l.endOfSupport >= day : r.policy.supportedLines ? released.slice(0, r.policy.supportedLines).includes(l.line) : false))
        .map((l) => l.line);
      assert.deepEqual(s.supportedToday, expected, s.subject);
    }
  });
});

describe('end-of-support calendar', () => {
  const a = releases([
    line('2.1', '2026-06-01', { endOfSupport: '2027-06-01' }),
    line('2.0', '2025-06-01', { endOfSupport: '2026-06-01' }),
    line('1.9', '2025-01-01'),
  ]);
  const p = releases([line('1.34', '2026-01-01', { endOfSupport: '2027-01-15' })], {}, 'cloud', 'platform');
  const nameOf = (id: string) => ({ alpha: 'Alpha', cloud: 'Example Cloud' })[id] ?? id;

  test('one event per published end date, in date order, linking the right page', () => {
    const events = endOfSupportEvents([a, p], nameOf, 'https://cni.example.org/');
    assert.deepEqual(
      events.map((e) => [e.day, e.summary, e.url]),
      [
        ['2026-06-01', 'Alpha 2.0: end of support', 'https://cni.example.org/cni/alpha/releases/'],
        ['2027-01-15', 'Example Cloud 1.34: end of support', 'https://cni.example.org/platforms/cloud/'],
        ['2027-06-01', 'Alpha 2.1: end of support', 'https://cni.example.org/cni/alpha/releases/'],
      ],
    );
    assert.equal(new Set(events.map((e) => e.uid)).size, events.length);
  });

  test('the .ics of the real data parses as iCalendar with one all-day VEVENT per endOfSupport date', () => {
    const ds = realDataset();
    const text = endOfSupportIcs(ds, 'https://cni.example.org/');
    assert.ok(text.includes('\r\n'), 'iCalendar lines end in CRLF');
    for (const l of text.split('\r\n')) assert.ok(Buffer.byteLength(l) <= 75, `line longer than 75 octets: ${l}`);
    const expected = Object.values(ds.releases)
      .flatMap((r) => r.lines.filter((l) => l.endOfSupport).map((l) => l.endOfSupport!))
      .sort();
    assert.ok(expected.length > 0, 'the data publishes at least one end-of-support date');
    const cal = new ICAL.Component(ICAL.parse(text));
    assert.equal(cal.name, 'vcalendar');
    assert.equal(cal.getFirstPropertyValue('version'), '2.0');
    assert.ok(cal.getFirstPropertyValue('prodid'));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.deepEqual(events.map((e) => e.startDate.toString()).sort(), expected);
    for (const e of events) {
      assert.ok(e.startDate.isDate, 'all-day event');
      assert.ok(e.uid && e.summary.includes('end of support'));
    }
    assert.equal(new Set(events.map((e) => e.uid)).size, events.length);
  });
});
