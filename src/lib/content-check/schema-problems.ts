/** Turns zod issues into problems with a location and a concrete fix. */
import type { z } from 'astro/zod';
import type { ParsedFile } from './parse.ts';
import { describeReceived, type Problem } from './problems.ts';

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns one zod issue into problems with a location and a concrete fix. */
export function issueToProblems(issue: z.core.$ZodIssue, parsed: ParsedFile, allowedKeysAt: (path: readonly PropertyKey[]) => string[]): Problem[] {
  const path = issue.path;
  const field = path.length ? path.map(String).join('.') : '(file)';
  const received = valueAt(parsed.data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(path);
      return issue.keys.map((key) => ({
        file: parsed.file,
        line: parsed.keyLineOf(path, key),
        field: [...path.map(String), key].join('.'),
        message: `unknown key "${key}"`,
        fix: allowed.length ? `remove it or correct the spelling; allowed keys here: ${allowed.join(', ')}` : 'remove it',
      }));
    }
    case 'invalid_type':
      if (received === undefined) {
        return [
          {
            file: parsed.file,
            line: parsed.lineOf(path),
            field,
            message: `required field is missing (expected ${issue.expected})`,
            fix: `add "${String(path.at(-1) ?? 'the field')}"`,
          },
        ];
      }
      return [
        {
          file: parsed.file,
          line: parsed.lineOf(path),
          field,
          message: `expected ${issue.expected}, received ${describeReceived(received)}`,
          fix: `write a ${issue.expected} here`,
        },
      ];
    case 'invalid_value':
      return [
        {
          file: parsed.file,
          line: parsed.lineOf(path),
          field,
          message: issue.message.startsWith('expected one of')
            ? issue.message
            : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, received ${describeReceived(received)}`,
          fix: `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        },
      ];
    case 'too_small':
      return [
        {
          file: parsed.file,
          line: parsed.lineOf(path),
          field,
          message: issue.message,
          fix: Array.isArray(received) ? `add at least ${String(issue.minimum)} item(s)` : 'write more',
        },
      ];
    case 'invalid_format':
      return [
        {
          file: parsed.file,
          line: parsed.lineOf(path),
          field,
          message: `${issue.message}, received ${describeReceived(received)}`,
          fix: 'correct the format as the message says',
        },
      ];
    default:
      return [{ file: parsed.file, line: parsed.lineOf(path), field, message: issue.message, fix: 'correct the value as the message says' }];
  }
}

/** Lists the keys a strict object schema allows at a path, for "did you mean" style fixes. */
export function makeAllowedKeys(schema: z.ZodType) {
  return (path: readonly PropertyKey[]): string[] => {
    let current: unknown = schema;
    const unwrap = (s: unknown): unknown => {
      let node = s as { def?: { type?: string; innerType?: unknown; in?: unknown; out?: unknown; schema?: unknown } } | undefined;
      for (let i = 0; i < 10 && node?.def; i++) {
        const def = node.def;
        if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') node = def.innerType as typeof node;
        else if (def.type === 'pipe') node = (def.in as typeof node)?.def?.type === 'transform' ? (def.out as typeof node) : (def.in as typeof node);
        else break;
      }
      return node;
    };
    for (const key of path) {
      const node = unwrap(current) as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown } } | undefined;
      if (!node?.def) return [];
      if (node.def.type === 'object') current = node.def.shape?.[String(key)];
      else if (node.def.type === 'array') current = node.def.element;
      else if (node.def.type === 'record') current = node.def.valueType;
      else return [];
    }
    const target = unwrap(current) as { def?: { type?: string; shape?: Record<string, unknown> } } | undefined;
    return target?.def?.type === 'object' ? Object.keys(target.def.shape ?? {}) : [];
  };
}

export function validate<T>(schema: z.ZodType<T>, parsed: ParsedFile, problems: Problem[]): T | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  const allowedKeysAt = makeAllowedKeys(schema);
  for (const issue of result.error.issues) problems.push(...issueToProblems(issue, parsed, allowedKeysAt));
  return undefined;
}
