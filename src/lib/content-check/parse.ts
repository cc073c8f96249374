/**
 * Reading and parsing content files so that every failure is a problem at a file and line, never a
 * crash: invalid UTF-8, YAML syntax and alias errors, JSON syntax errors, duplicate keys, trailing
 * commas. A parsed file can locate any field path for later problems.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import type { Problem } from './problems.ts';
import { pathKey, scanJson } from './json-scan.ts';

export interface ParsedFile {
  file: string;
  data: unknown;
  /** Line of a field path, or of the nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Line of a mapping key itself (for unknown keys). */
  keyLineOf: (path: readonly PropertyKey[], key: string) => number | undefined;
}

/** YAML anchors may be reused this many times in one file (a shared list of sources in every cell). */
export const MAX_YAML_ALIASES = 10_000;

const BOM = '\uFEFF';

/** Decodes UTF-8, reporting invalid bytes at their line instead of publishing U+FFFD. */
export function decodeUtf8(bytes: Uint8Array, file: string, problems: Problem[]): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith(BOM) ? text.slice(1) : text;
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const line = lossy.slice(0, Math.max(0, at)).split('\n').length;
    problems.push({
      file,
      line,
      field: '(file)',
      message: 'the file is not valid UTF-8 (an invalid byte sequence here would be published as "�")',
      fix: 'save the file as UTF-8 and retype the character on that line',
    });
    return undefined;
  }
}

function makeLocator(doc: Document, counter: LineCounter, lineOffset: number) {
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line + lineOffset);
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  const keyLineOf = (path: readonly PropertyKey[], key: string): number | undefined => {
    const parent = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      const keyNode = pair?.key as { range?: [number, number, number] } | undefined;
      if (keyNode?.range) return lineAt(keyNode.range[0]);
    }
    return lineOf(path);
  };
  return { lineOf, keyLineOf };
}

/**
 * Parses YAML keeping positions. Only the first syntax error of a file is reported (the rest are
 * almost always its echo), with a count of the others.
 */
export function parseYaml(text: string, file: string, problems: Problem[], lineOffset = 0): ParsedFile | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const errors = doc.errors;
  if (errors.length > 0) {
    const first = errors[0]!;
    const more = errors.length - 1;
    const duplicate = /Map keys must be unique/.test(first.message);
    problems.push({
      file,
      line: (first.linePos?.[0]?.line ?? 0) + lineOffset || undefined,
      field: '(file)',
      message: `not valid YAML: ${first.message.split('\n')[0]}${more ? ` (${more} more syntax error${more === 1 ? '' : 's'} after it, usually caused by this one)` : ''}`,
      fix: duplicate
        ? 'remove one of the two entries with the same key'
        : /\t|tab/i.test(first.message)
          ? 'indent with spaces, not tabs'
          : 'fix the syntax at that line (indentation, a missing colon, or a value that needs quotes)',
    });
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? 'unreadable';
    const alias = /alias/i.exec(message);
    problems.push({
      file,
      line: findAliasLine(text, message) + lineOffset || undefined,
      field: '(file)',
      message: `the YAML cannot be read: ${message}`,
      fix: alias ? `define the anchor (&name) before using *name, and use fewer than ${MAX_YAML_ALIASES} aliases per file` : 'fix the value at that line',
    });
    return undefined;
  }
  const { lineOf, keyLineOf } = makeLocator(doc, counter, lineOffset);
  return { file, data, lineOf, keyLineOf };
}

/** The line of the first alias whose anchor is not defined before it, or 0. */
function findAliasLine(text: string, message: string): number {
  const named = /Unresolved alias[^:]*:\s*\*?([\w-]+)/i.exec(message)?.[1];
  const lines = text.split('\n');
  const anchors = new Set<string>();
  for (let index = 0; index < lines.length; index++) {
    const l = lines[index]!;
    for (const m of l.matchAll(/&([\w-]+)/g)) anchors.add(m[1]!);
    for (const m of l.matchAll(/(?:^|[\s[,:])\*([\w-]+)/g)) {
      if ((named && m[1] === named) || (!named && !anchors.has(m[1]!))) return index + 1;
    }
  }
  return 0;
}

/**
 * JSON (the generated benchmark data, the fact baseline): parsed natively; one linear scan finds
 * duplicate keys and places syntax errors; the line index is built only when a problem needs one.
 */
export function parseJson(text: string, file: string, problems: Problem[]): ParsedFile | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const scan = scanJson(text, { index: false });
    problems.push({
      file,
      line: scan.error?.line,
      field: '(file)',
      message: `not valid JSON: ${scan.error?.message ?? (error as Error).message}`,
      fix: 'fix the syntax at that line (JSON allows no trailing commas, comments or single quotes)',
    });
    return undefined;
  }
  const scan = scanJson(text, { index: false });
  for (const dup of scan.duplicates) {
    problems.push({
      file,
      line: dup.line,
      field: [...dup.path, dup.key].join('.'),
      message: `duplicate key "${dup.key}" (JSON keeps only the last value, silently)`,
      fix: 'remove one of the two entries with the same key',
    });
  }
  let lines: Map<string, number> | undefined;
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    lines ??= scanJson(text, { index: true }).lines!;
    for (let depth = path.length; depth >= 0; depth--) {
      const found = lines.get(pathKey(path.slice(0, depth)));
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return { file, data, lineOf, keyLineOf: (path, key) => lineOf([...path, key]) };
}

/** Splits MDX frontmatter from the body; the YAML starts on line 2. */
export function splitFrontmatter(text: string): { yaml: string; startLine: number } | undefined {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  return match ? { yaml: match[1] ?? '', startLine: 1 } : undefined;
}
