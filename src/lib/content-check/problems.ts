/** A problem the data check reports, and how it is printed: `file:line — field — problem — fix`. */
export interface Problem {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line, when the problem points at a place in the file. */
  line?: number;
  /** Dotted path of the field, or `(file)` for the whole file. */
  field: string;
  message: string;
  fix: string;
  /** The rule that found it (set by the runner). */
  rule?: string;
}

/** One line per problem: `file:line — field — problem — fix`. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} — ${p.field} — ${p.message} — fix: ${p.fix}`;
}

/** Sorted by file, then line, so output is stable and easy to walk. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field) || a.message.localeCompare(b.message),
  );
}

/** A " (did you mean …?)" hint for a mistyped id, or nothing. */
export function nearest(id: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 4)) ? ` (did you mean "${best}"?)` : '';
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** A short, safe rendering of a received value for messages. */
export function describeReceived(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}
