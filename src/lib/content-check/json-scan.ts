/**
 * A single linear pass over JSON text that finds what `JSON.parse` accepts silently or reports
 * without a line (duplicate keys, trailing commas, syntax errors) and, on request, the line of every
 * value. Linear in the file size, so locating a problem in a 20 MB file stays well under a second.
 */
export interface JsonScan {
  /** Line (1-based) of each value, keyed by its path joined with `\u0000`; only with `index: true`. */
  lines?: Map<string, number>;
  duplicates: { path: (string | number)[]; key: string; line: number }[];
  /** The first syntax error, if any. */
  error?: { line: number; message: string };
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('\u0000');
}

export function scanJson(text: string, options: { index: boolean }): JsonScan {
  const result: JsonScan = { duplicates: [], lines: options.index ? new Map() : undefined };
  let i = 0;
  let line = 1;
  const n = text.length;
  const path: (string | number)[] = [];
  const fail = (message: string): never => {
    throw Object.assign(new Error(message), { jsonLine: line });
  };
  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!WS.has(c)) break;
      if (c === 0x0a) line++;
      i++;
    }
  };
  const readString = (): string => {
    const start = ++i;
    let escaped = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c === 0x22) break;
      if (c === 0x0a) fail('a line break inside a string');
      i++;
    }
    if (i >= n) fail('a string that never ends');
    const raw = text.slice(start, i);
    i++;
    return escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
  };
  const value = (): void => {
    skipWs();
    if (i >= n) fail('the file ends where a value was expected');
    result.lines?.set(pathKey(path), line);
    const c = text.charCodeAt(i);
    if (c === 0x7b) {
      i++;
      const keys = new Set<string>();
      skipWs();
      if (text.charCodeAt(i) === 0x7d) {
        i++;
        return;
      }
      for (;;) {
        skipWs();
        if (text.charCodeAt(i) === 0x7d) fail('a trailing comma before "}"');
        if (text.charCodeAt(i) !== 0x22) fail('a key in double quotes was expected');
        const keyLine = line;
        const key = readString();
        if (keys.has(key)) result.duplicates.push({ path: [...path], key, line: keyLine });
        keys.add(key);
        skipWs();
        if (text.charCodeAt(i) !== 0x3a) fail(`a ":" after the key "${key}" was expected`);
        i++;
        path.push(key);
        value();
        path.pop();
        skipWs();
        const next = text.charCodeAt(i);
        if (next === 0x2c) {
          i++;
          continue;
        }
        if (next === 0x7d) {
          i++;
          return;
        }
        fail('a "," or "}" was expected');
      }
    }
    if (c === 0x5b) {
      i++;
      skipWs();
      if (text.charCodeAt(i) === 0x5d) {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        skipWs();
        if (text.charCodeAt(i) === 0x5d) fail('a trailing comma before "]"');
        path.push(index);
        value();
        path.pop();
        skipWs();
        const next = text.charCodeAt(i);
        if (next === 0x2c) {
          i++;
          continue;
        }
        if (next === 0x5d) {
          i++;
          return;
        }
        fail('a "," or "]" was expected');
      }
    }
    if (c === 0x22) {
      readString();
      return;
    }
    const start = i;
    while (i < n && !WS.has(text.charCodeAt(i)) && !',]}'.includes(text[i]!)) i++;
    const token = text.slice(start, i);
    if (!/^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)$/.test(token)) fail(`"${token.slice(0, 30)}" is not a JSON value`);
  };
  try {
    value();
    skipWs();
    if (i < n) fail('unexpected text after the end of the JSON value');
  } catch (error) {
    const e = error as Error & { jsonLine?: number };
    result.error = { line: e.jsonLine ?? line, message: e.message };
  }
  return result;
}
