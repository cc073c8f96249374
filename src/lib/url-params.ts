/**
 * Shared pieces of every URL-state parser (matrix filters, recommendations, chart toggles, search
 * facets): comma lists that may also repeat the key, and values echoed back in "ignored" notices.
 */

/** `?k=a,b&k=c` → `['a', 'b', 'c']`, trimmed, empties dropped. */
export function listParam(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * A value safe and short enough to quote in a notice: control characters and bidirectional
 * overrides/isolates (which can make a notice display misleading text) removed, at most 40 characters.
 */
export function forNotice(value: string): string {
  // Control characters are exactly what this removes.
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.length > 40 ? `${clean.slice(0, 37)}…` : clean;
}

/** How many ignored values a notice names before summing up the rest. */
export const NOTICE_MAX_ITEMS = 5;

/** The "Ignored from the link" notice: bounded, whatever the link holds. */
export function ignoredNotice(ignored: readonly string[]): string {
  if (ignored.length === 0) return '';
  const shown = ignored.slice(0, NOTICE_MAX_ITEMS).join('; ');
  const rest = ignored.length - NOTICE_MAX_ITEMS;
  return `Ignored from the link: ${shown}${rest > 0 ? `; and ${rest} more` : ''}.`;
}
