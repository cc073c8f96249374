/**
 * What every URL-state parser shares (src/lib/url-params.ts): list parameters, and the "Ignored from
 * the link" notice, which must stay short and honest whatever the link holds.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forNotice, ignoredNotice, listParam, NOTICE_MAX_ITEMS } from '../../src/lib/url-params.ts';
import { parseMatrixState } from '../../src/lib/matrix-filter.ts';
import { parseRequirements } from '../../src/lib/recommend.ts';

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('list parameters', () => {
  test('commas and repeated keys, trimmed, empties dropped', () => {
    assert.deepEqual(listParam(new URLSearchParams('k=a,b&k= c ,,&x=1&k='), 'k'), ['a', 'b', 'c']);
  });
});

describe('values quoted in a notice', () => {
  test('every bidirectional embedding, override and isolate (U+202A–U+202E, U+2066–U+2069) is removed', () => {
    for (const c of BIDI) assert.equal(forNotice(`ab${c}cd`), 'abcd', `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
    assert.equal(forNotice('\u202Egpj.exe\u202C'), 'gpj.exe');
  });
  test('control characters are removed; ordinary text, accents and emoji are kept', () => {
    assert.equal(forNotice('a\u0000b\u0007c\u009fd'), 'abcd');
    assert.equal(forNotice('réseau 🚀'), 'réseau 🚀');
  });
  test('a long value is cut with an ellipsis', () => {
    const v = forNotice('x'.repeat(10_000));
    assert.ok(v.length <= 40 && v.endsWith('…'), v);
  });
});

describe('the ignored-values notice is bounded', () => {
  test('a handful are all named', () => {
    assert.equal(ignoredNotice(['unknown CNI id "a"', 'unknown CNI id "b"']), 'Ignored from the link: unknown CNI id "a"; unknown CNI id "b".');
    assert.equal(ignoredNotice([]), '');
  });
  test('beyond the limit the rest is counted, not listed', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `unknown CNI id "cni-${i}"`);
    const notice = ignoredNotice(many);
    assert.ok(notice.length < 600, `${notice.length} characters`);
    assert.ok(notice.includes(`and ${1000 - NOTICE_MAX_ITEMS} more`), notice);
  });
  test('through the real parsers: 1,000 unknown ids of 100 characters, with bidi controls, give a short clean notice', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `\u202E${String(i).padStart(4, '0')}${'z'.repeat(95)}\u2066`);
    const matrix = parseMatrixState(`cni=${ids.map(encodeURIComponent).join(',')}`, { cnis: ['calico'], categories: [], platforms: [] });
    const recommend = parseRequirements(`must=${ids.map(encodeURIComponent).join(',')}`, ['bgp'], []);
    for (const ignored of [matrix.ignored, recommend.ignored]) {
      assert.equal(ignored.length, 1000);
      const notice = ignoredNotice(ignored);
      assert.ok(notice.length < 600, `${notice.length} characters`);
      assert.ok(!BIDI.some((c) => notice.includes(c)), 'no bidi control survives');
    }
  });
});
