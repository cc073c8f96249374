/**
 * Walks raw data along a registry path (`a.*.b`, `features.<key>`): yields each value found with its
 * concrete path. Tolerates any shape, since rules run on data the schema may have rejected.
 */
export interface Found {
  path: (string | number)[];
  value: unknown;
  /** True when the value is a mapping key (`<key>`), so the problem points at the key. */
  isKey: boolean;
}

export function walk(data: unknown, pattern: string): Found[] {
  const segments = pattern.split('.');
  const out: Found[] = [];
  const step = (value: unknown, index: number, path: (string | number)[]) => {
    if (index === segments.length) {
      out.push({ path, value, isKey: false });
      return;
    }
    const segment = segments[index]!;
    if (value === null || typeof value !== 'object') return;
    if (segment === '*') {
      if (Array.isArray(value)) value.forEach((item, i) => step(item, index + 1, [...path, i]));
      else for (const [k, v] of Object.entries(value)) step(v, index + 1, [...path, k]);
      return;
    }
    if (segment === '<key>') {
      if (!Array.isArray(value)) for (const k of Object.keys(value)) out.push({ path: [...path, k], value: k, isKey: true });
      return;
    }
    if (Array.isArray(value)) return;
    const next = (value as Record<string, unknown>)[segment];
    if (next !== undefined) step(next, index + 1, [...path, segment]);
  };
  step(data, 0, []);
  return out;
}

/** A record's own object value, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A date field as a string (YAML may hand over a Date). */
export function asDay(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.valueOf())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}
