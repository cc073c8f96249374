/**
 * Cell badges: `/badge/<cni>/<feature>.svg`, a static SVG other teams embed in their docs. Three
 * segments: "CNI · feature" | glyph + status word (+ "since" version) | verified date. The glyph is
 * drawn as a path (no font needed), the text has `textLength` so any fallback font fits the box,
 * colours are opaque (readable on light and dark pages) and follow the reader's colour scheme, and
 * an accessible <title> says everything in words.
 */
import { STATUS_INFO, type Status } from '../../schemas/status-values.ts';

export interface BadgeInput {
  cni: string;
  cniName: string;
  feature: string;
  featureName: string;
  status: Status;
  since?: string;
  /** ISO date the cell was verified. */
  verified: string;
}

/** Segment colours: white text on each status colour, dark text on the date segment (both ≥ 4.5:1). */
export const BADGE_COLORS = {
  label: { bg: '#3b4350', fg: '#ffffff' },
  yes: { bg: '#1a7f37', fg: '#ffffff' },
  partial: { bg: '#8a5a00', fg: '#ffffff' },
  no: { bg: '#b42318', fg: '#ffffff' },
  unknown: { bg: '#5b6675', fg: '#ffffff' },
  date: { bg: '#eef1f5', fg: '#2c333d' },
  /** The date segment under `prefers-color-scheme: dark`. */
  dateDark: { bg: '#262c33', fg: '#e3e8ee' },
} as const;

const HEIGHT = 20;
const PAD = 6;
const GLYPH = 12;
const FONT_SIZE = 11;

/** Approximate advance widths at 11 px (Verdana-like); `textLength` makes rendering match. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if ("il.,:;|!'".includes(ch)) w += 3.1;
    else if ('fjrtI() '.includes(ch)) w += 4.3;
    else if ('mwMW'.includes(ch)) w += 9.8;
    else if (/[A-Z]/.test(ch)) w += 7.5;
    else if (/[0-9]/.test(ch)) w += 7;
    else if ('·–—'.includes(ch)) w += ch === '·' ? 3.9 : 7;
    else w += 6.6;
  }
  return Math.ceil(w);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function dateText(iso: string, long = false): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? `${d} ${(long ? LONG_MONTHS : MONTHS)[m - 1]} ${y}` : iso;
}

/** Glyph paths in a 12 × 12 box, stroked or filled with the text colour. */
function glyph(status: Status, x: number, color: string): string {
  const t = `translate(${x} 4)`;
  switch (status) {
    case 'yes':
      return `<path transform="${t}" d="M2 6.5l2.6 2.6L10 3.4" fill="none" stroke="${color}" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"/>`;
    case 'partial':
      return `<g transform="${t}"><circle cx="6" cy="6" r="4.6" fill="none" stroke="${color}" stroke-width="1.5"/><path d="M6 1.4a4.6 4.6 0 0 1 0 9.2z" fill="${color}"/></g>`;
    case 'no':
      return `<path transform="${t}" d="M3 3l6 6M9 3l-6 6" fill="none" stroke="${color}" stroke-width="1.9" stroke-linecap="round"/>`;
    case 'unknown':
      return `<g transform="${t}"><path d="M3.8 4.2a2.3 2.3 0 1 1 3.2 2.1c-.6.3-1 .7-1 1.4v.6" fill="none" stroke="${color}" stroke-width="1.6" stroke-linecap="round"/><circle cx="6" cy="10.4" r=".95" fill="${color}"/></g>`;
  }
}

export function badgePath(cni: string, feature: string): string {
  return `/badge/${cni}/${feature}.svg`;
}

/** The status part in words: "Yes, since 1.10". */
export function statusText(b: Pick<BadgeInput, 'status' | 'since'>): string {
  return `${STATUS_INFO[b.status].label}${b.since ? `, since ${b.since}` : ''}`;
}

/** Alt text and <title>: everything the badge shows, in words. */
export function badgeAlt(b: BadgeInput): string {
  return `${b.cniName}, ${b.featureName}: ${statusText(b)}. Verified ${dateText(b.verified, true)} (CNI Compare).`;
}

export function badgeSvg(b: BadgeInput): string {
  const label = `${b.cniName} · ${b.featureName}`;
  const status = `${STATUS_INFO[b.status].label}${b.since ? ` · since ${b.since}` : ''}`;
  const date = `verified ${dateText(b.verified)}`;
  const wl = textWidth(label) + 2 * PAD;
  const ws = GLYPH + 4 + textWidth(status) + 2 * PAD;
  const wd = textWidth(date) + 2 * PAD;
  const width = wl + ws + wd;
  const c = BADGE_COLORS;
  const sc = c[b.status];
  const title = escapeXml(badgeAlt(b));
  const text = (x: number, w: number, s: string, cls: string) =>
    `<text class="${cls}" x="${x}" y="14" textLength="${w}" lengthAdjust="spacingAndGlyphs">${escapeXml(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<style>text{font:${FONT_SIZE}px Verdana,'DejaVu Sans',Geneva,sans-serif}.l{fill:${c.label.fg}}.s{fill:${sc.fg}}.d{fill:${c.date.fg}}.db{fill:${c.date.bg}}@media (prefers-color-scheme:dark){.d{fill:${c.dateDark.fg}}.db{fill:${c.dateDark.bg}}}</style>`,
    `<clipPath id="r"><rect width="${width}" height="${HEIGHT}" rx="3"/></clipPath>`,
    `<g clip-path="url(#r)">`,
    `<rect width="${wl}" height="${HEIGHT}" fill="${c.label.bg}"/>`,
    `<rect x="${wl}" width="${ws}" height="${HEIGHT}" fill="${sc.bg}"/>`,
    `<rect class="db" x="${wl + ws}" width="${wd}" height="${HEIGHT}" fill="${c.date.bg}"/>`,
    `</g>`,
    `<rect x=".5" y=".5" width="${width - 1}" height="${HEIGHT - 1}" rx="2.5" fill="none" stroke="#000" stroke-opacity=".18"/>`,
    text(PAD, textWidth(label), label, 'l'),
    glyph(b.status, wl + PAD, sc.fg),
    text(wl + PAD + GLYPH + 4, textWidth(status), status, 's'),
    text(wl + ws + PAD, textWidth(date), date, 'd'),
    `</svg>`,
  ].join('');
}

/** Markdown and HTML that embed a cell's badge, with `alt` as its text, and link back to the cell on the feature page. */
export function snippetMarkup(site: string | URL, cni: string, feature: string, alt: string): { markdown: string; html: string; image: string; link: string } {
  const image = new URL(badgePath(cni, feature), site).href;
  const link = new URL(`/features/${feature}/#cni-${cni}`, site).href;
  return {
    image,
    link,
    markdown: `[![${alt.replace(/[[\]]/g, '')}](${image})](${link})`,
    html: `<a href="${escapeXml(link)}"><img src="${escapeXml(image)}" alt="${escapeXml(alt)}" height="20"></a>`,
  };
}

/** The snippets for a cell, its alt text being "CNI, feature: status". */
export function badgeSnippets(site: string | URL, b: BadgeInput): { markdown: string; html: string; image: string; link: string } {
  return snippetMarkup(site, b.cni, b.feature, `${b.cniName}, ${b.featureName}: ${statusText(b)}`);
}
