import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { edit, FILES, ruleLines } from '../../support/rules.ts';

describe('rule release-lines-ordered', () => {
  test('passes on the valid fixture', () => {
    assert.deepEqual(ruleLines('release-lines-ordered'), []);
  });

  test('lines out of order, a patch from another line and dates backwards', () => {
    assert.deepEqual(
      ruleLines(
        'release-lines-ordered',
        edit('content/releases/alpha.yaml', 'latest: { version: "1.1.9", date: "2025-11-01" }', 'latest: { version: "1.3.1", date: "2025-01-01" }'),
      ),
      [
        "content/releases/alpha.yaml:21 — lines.1.latest.date — latest patch date 2025-01-01 is before the line's first release 2025-06-01 — fix: check both dates against the release notes",
        'content/releases/alpha.yaml:21 — lines.1.latest.version — latest version 1.3.1 is not in line 1.1 — fix: use a 1.1.x version',
      ],
    );
  });

  test('oldest line first', () => {
    assert.deepEqual(
      ruleLines('release-lines-ordered', {
        'content/releases/alpha.yaml': FILES['content/releases/alpha.yaml']!.replace('line: "1.2"', 'line: "1.0"')
          .replace('1.2.0', '1.0.0')
          .replace('1.2.3', '1.0.3'),
      }),
      ['content/releases/alpha.yaml:19 — lines.1.line — line 1.1 comes after 1.0; lines are listed newest first — fix: reorder the lines, newest first'],
    );
  });
});
