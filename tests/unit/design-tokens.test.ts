/**
 * The colour tokens in src/styles/tokens.css meet WCAG AA in both themes: every text colour against
 * every surface it is used on (4.5:1), control borders and the focus ring against the page (3:1).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { STATUSES } from '../../src/schemas/status-values.ts';
import { contrast } from '../support/contrast.ts';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

function themes(): { light: Map<string, string>; dark: Map<string, string> } {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const m of css.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi)) {
    light.set(m[1]!, m[2]!);
    dark.set(m[1]!, m[3]!);
  }
  return { light, dark };
}

const SURFACES = ['bg', 'bg-soft', 'bg-raised'];
/** [foreground, background, minimum ratio] */
const PAIRS: [string, string, number][] = [
  ...['fg', 'fg-muted', 'link'].flatMap((fg) => SURFACES.map((bg): [string, string, number] => [fg, bg, 4.5])),
  ['fg', 'bg-sunken', 4.5],
  ['fg', 'highlight', 4.5],
  ['link', 'highlight', 4.5],
  ['accent-fg', 'accent', 4.5],
  ['link', 'accent-soft', 4.5],
  ['fg', 'accent-soft', 4.5],
  ...STATUSES.flatMap((s): [string, string, number][] => [
    [`${s}-fg`, `${s}-bg`, 4.5],
    [`${s}-fg`, 'bg', 4.5],
    [`${s}-fg`, 'bg-raised', 4.5],
  ]),
  ['border-strong', 'bg', 3],
  ['border-strong', 'bg-soft', 3],
  ['focus', 'bg', 3],
  ['focus', 'bg-soft', 3],
];

describe('design tokens', () => {
  const { light, dark } = themes();
  test('every colour token has a light and a dark value', () => {
    assert.ok(light.size >= 20, `found only ${light.size} light-dark() tokens`);
    for (const [fg, bg] of PAIRS) for (const name of [fg, bg]) assert.ok(light.has(name), `--${name} is not a light-dark() token`);
  });
  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    test(`${name} theme: text and controls meet WCAG AA`, () => {
      const failures = PAIRS.map(([fg, bg, min]) => ({ fg, bg, min, ratio: contrast(theme.get(fg)!, theme.get(bg)!) }))
        .filter((p) => p.ratio < p.min)
        .map((p) => `--${p.fg} on --${p.bg}: ${p.ratio.toFixed(2)} < ${p.min}`);
      assert.deepEqual(failures, []);
    });
  }
  test('the contrast formula matches WCAG reference values', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
  });
});
