import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from '../../scripts/check-links.ts';

/** The link check, shown failing on a fixture that is broken on purpose (never on the site). */
test('the link checker reports a missing page, a missing fragment, a malformed URL and javascript:, and reads no links inside inline scripts', () => {
  const dist = mkdtempSync(join(tmpdir(), 'cni-links-'));
  try {
    mkdirSync(join(dist, 'a'));
    writeFileSync(
      join(dist, 'index.html'),
      '<a href="/a/">ok</a><a href="/a/#here">ok</a><a href="/nope/">bad</a><a href="/a/#missing">bad</a><a href="https://example.org/x">ok</a><a href="https://nodot/x">bad</a><a href="javascript:alert(1)">bad</a><a href="http://localhost:4321/a/">own origin</a><script type="module">const a = `<a href="${x}">`;</script><script src="/missing.js"></script>',
    );
    writeFileSync(join(dist, 'a', 'index.html'), '<h2 id="here">Here</h2><a href="../#top">bad</a>');
    const { pages, problems } = checkLinks(dist, 'http://localhost:4321');
    assert.equal(pages, 2);
    assert.deepEqual(problems, [
      { page: '/a/', link: '../#top', problem: 'no element with id="top" on /' },
      { page: '/', link: '/nope/', problem: 'no page or file at /nope/' },
      { page: '/', link: '/a/#missing', problem: 'no element with id="missing" on /a/' },
      { page: '/', link: 'https://nodot/x', problem: 'malformed external URL' },
      { page: '/', link: 'javascript:alert(1)', problem: 'javascript: URL' },
      { page: '/', link: '/missing.js', problem: 'no page or file at /missing.js' },
    ]);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
