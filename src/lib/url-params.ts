/**
 * Shared pieces of every URL-state parser (matrix filters, recommendations, chart toggles, search
 * facets): comma lists that may also repeat the key, and values echoed back in "ignored" notices.
 */

/** `?k=a,b&k=c` → `['a', 'b', 'c']`, trimmed, empties dropped. */
export function listParam(params: URLSearchParams, key: string): string[] {
  return params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** A value safe and short enough to quote in a notice: control characters removed, at most 40 characters. */
export function forNotice(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return clean.length > 40 ? `${clean.slice(0, 37)}…` : clean;
}
