/**
 * Loads every file under `content/` without Astro, validates it with the collection schemas and
 * checks what schemas cannot: ids that must match file names, references between collections,
 * coverage of every CNI × feature cell. Returns every problem at once, each with its location
 * and a fix, so one run of `npm run check:data` lists everything that is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { cniSchema, type Cni } from '../schemas/cnis.ts';
import { categorySchema, type Category } from '../schemas/features.ts';
import { supportFileSchema, type SupportFile } from '../schemas/support.ts';
import { claimSchema, type Claim } from '../schemas/claims.ts';
import { scenarioSchema, type Scenario } from '../schemas/scenarios.ts';
import { articleSchema, type ArticleFrontmatter } from '../schemas/articles.ts';
import { benchmarkSourceSchema, type BenchmarkSource } from '../schemas/benchmarks.ts';

export interface Problem {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line, when the problem points at a place in the file. */
  line?: number;
  /** Dotted path of the field, or `(file)` for the whole file. */
  field: string;
  message: string;
  fix: string;
}

export interface LoadedContent {
  cnis: Cni[];
  categories: Category[];
  support: SupportFile[];
  claims: Claim[];
  scenarios: Scenario[];
  articles: { slug: string; data: ArticleFrontmatter }[];
  benchmarks: BenchmarkSource[];
}

export interface CheckResult {
  content: LoadedContent;
  problems: Problem[];
}

/** The pseudo-CNI id the benchmark baseline uses. */
export const BASELINE_ID = 'baremetal';
/** The benchmark config id for a plugin this site does not profile (Macvlan, SR-IOV). */
export const OTHER_PLUGIN_ID = 'other';
/** The value of `providedBy` for capabilities a meta-plugin gets from whichever plugin it calls. */
export const DELEGATE_ID = 'delegate';

interface ParsedFile {
  file: string;
  data: unknown;
  /** Line of a field path, or of the nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Line of a mapping key itself (for unknown keys). */
  keyLineOf: (path: readonly PropertyKey[], key: string) => number | undefined;
}

function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && extensions.some((ext) => d.name.endsWith(ext)))
    .map((d) => join(dir, d.name))
    .sort();
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json|mdx)$/, '');
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

/** Parses YAML (or JSON, a YAML subset) keeping positions; syntax errors become problems. */
function parseYamlText(text: string, file: string, problems: Problem[], lineOffset = 0): ParsedFile | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: (error.linePos?.[0]?.line ?? 0) + lineOffset || undefined,
        field: '(file)',
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
        fix: 'fix the syntax at that line (indentation, a missing colon, a duplicated key, or a value that needs quotes)',
      });
    }
    return undefined;
  }
  const { lineOf, keyLineOf } = makeLocator(doc, counter, lineOffset);
  return { file, data: doc.toJS(), lineOf, keyLineOf };
}

/**
 * JSON files (the generated benchmark data) are large: parse them natively and build the
 * position-tracking YAML document only if a problem needs a line number.
 */
function parseJsonFast(text: string, file: string, problems: Problem[]): ParsedFile | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return parseYamlText(text, file, problems);
  }
  let located: ParsedFile | undefined;
  const locate = () => (located ??= parseYamlText(text, file, []));
  return { file, data, lineOf: (path) => locate()?.lineOf(path), keyLineOf: (path, key) => locate()?.keyLineOf(path, key) };
}

function describeReceived(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns one zod issue into problems with a location and a concrete fix. */
function issueToProblems(issue: z.core.$ZodIssue, parsed: ParsedFile, allowedKeysAt: (path: readonly PropertyKey[]) => string[]): Problem[] {
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
        return [{ file: parsed.file, line: parsed.lineOf(path), field, message: `required field is missing (expected ${issue.expected})`, fix: `add "${String(path.at(-1) ?? 'the field')}"` }];
      }
      return [{ file: parsed.file, line: parsed.lineOf(path), field, message: `expected ${issue.expected}, received ${describeReceived(received)}`, fix: `write a ${issue.expected} here` }];
    case 'invalid_value':
      return [{
        file: parsed.file,
        line: parsed.lineOf(path),
        field,
        message: issue.message.startsWith('expected one of') ? issue.message : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, received ${describeReceived(received)}`,
        fix: `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      }];
    case 'too_small':
      return [{ file: parsed.file, line: parsed.lineOf(path), field, message: issue.message, fix: Array.isArray(received) ? `add at least ${String(issue.minimum)} item(s)` : 'write more' }];
    case 'invalid_format':
      return [{ file: parsed.file, line: parsed.lineOf(path), field, message: `${issue.message}, received ${describeReceived(received)}`, fix: 'correct the format as the message says' }];
    default:
      return [{ file: parsed.file, line: parsed.lineOf(path), field, message: issue.message, fix: 'correct the value as the message says' }];
  }
}

/** Lists the keys a strict object schema allows at a path, for "did you mean" style fixes. */
function makeAllowedKeys(schema: z.ZodType) {
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

function validate<T>(schema: z.ZodType<T>, parsed: ParsedFile, problems: Problem[]): T | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  const allowedKeysAt = makeAllowedKeys(schema);
  for (const issue of result.error.issues) problems.push(...issueToProblems(issue, parsed, allowedKeysAt));
  return undefined;
}

function rel(root: string, file: string): string {
  return relative(root, file).split('\\').join('/');
}

/** Splits MDX frontmatter from the body; returns the YAML text and the line it starts on. */
export function splitFrontmatter(text: string): { yaml: string; startLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? '', startLine: 1 } : undefined;
}

export interface CheckOptions {
  /** Build date, for "verified in the future" checks. Defaults to now. */
  today?: Date;
  /** The content folder; defaults to `<root>/content`. */
  contentDir?: string;
}

/** Loads and checks everything under `<root>/content`. */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const contentDir = options.contentDir ? resolve(root, options.contentDir) : join(root, 'content');
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  const content: LoadedContent = { cnis: [], categories: [], support: [], claims: [], scenarios: [], articles: [], benchmarks: [] };
  const parsedByFile = new Map<string, ParsedFile>();

  const loadCollection = <T>(dirName: string, extensions: readonly string[], schema: z.ZodType<T>, idField: string): { item: T; file: ParsedFile }[] => {
    const out: { item: T; file: ParsedFile }[] = [];
    for (const path of listFiles(join(contentDir, dirName), extensions)) {
      const file = rel(root, path);
      const text = readFileSync(path, 'utf8');
      const parsed = path.endsWith('.json') ? parseJsonFast(text, file, problems) : parseYamlText(text, file, problems);
      if (!parsed) continue;
      parsedByFile.set(file, parsed);
      if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
        problems.push({ file, line: 1, field: '(file)', message: 'the file must hold a mapping of fields', fix: `start the file with "${idField}: ${baseName(path)}"` });
        continue;
      }
      const rawId = (parsed.data as Record<string, unknown>)[idField];
      if (typeof rawId === 'string' && rawId !== baseName(path)) {
        problems.push({ file, line: parsed.lineOf([idField]), field: idField, message: `"${rawId}" differs from the file name "${baseName(path)}"`, fix: `rename the file to ${rawId}${path.slice(path.lastIndexOf('.'))} or set ${idField}: ${baseName(path)}` });
      }
      const item = validate(schema, parsed, problems);
      if (item === undefined) continue;
      out.push({ item, file: parsed });
    }
    return out;
  };

  const cnis = loadCollection('cnis', ['.yaml', '.yml'], cniSchema, 'id');
  const categories = loadCollection('features', ['.yaml', '.yml'], categorySchema, 'id');
  const support = loadCollection('support', ['.yaml', '.yml'], supportFileSchema, 'cni');
  const claims = loadCollection('claims', ['.yaml', '.yml'], claimSchema, 'id');
  const scenarios = loadCollection('scenarios', ['.yaml', '.yml'], scenarioSchema, 'id');
  const benchmarks = loadCollection('benchmarks', ['.json'], benchmarkSourceSchema, 'id');

  // Articles: YAML frontmatter inside MDX.
  const articles: { slug: string; data: ArticleFrontmatter; file: ParsedFile }[] = [];
  for (const path of listFiles(join(contentDir, 'articles'), ['.mdx'])) {
    const file = rel(root, path);
    const fm = splitFrontmatter(readFileSync(path, 'utf8'));
    if (!fm) {
      problems.push({ file, line: 1, field: '(file)', message: 'no frontmatter found', fix: 'start the file with a --- block holding title, description, updated, order and sources' });
      continue;
    }
    const parsed = parseYamlText(fm.yaml, file, problems, fm.startLine);
    if (!parsed) continue;
    const data = validate(articleSchema, parsed, problems);
    if (data) articles.push({ slug: baseName(path), data, file: parsed });
  }

  // Duplicate ids (a file name is unique per folder, but ids inside files are not).
  const checkUnique = <T>(items: { item: T; file: ParsedFile }[], idOf: (t: T) => string, field: string) => {
    const seen = new Map<string, string>();
    for (const { item, file } of items) {
      const id = idOf(item);
      const first = seen.get(id);
      if (first) problems.push({ file: file.file, line: file.lineOf([field]), field, message: `duplicate id "${id}" (also in ${first})`, fix: 'give each entry its own id' });
      else seen.set(id, file.file);
    }
  };
  checkUnique(cnis, (c) => c.id, 'id');
  checkUnique(categories, (c) => c.id, 'id');

  // Features: unique across all categories.
  const featureIds = new Map<string, string>();
  for (const { item: category, file } of categories) {
    category.features.forEach((feature, index) => {
      const first = featureIds.get(feature.id);
      if (first) {
        problems.push({ file: file.file, line: file.lineOf(['features', index, 'id']), field: `features.${index}.id`, message: `duplicate feature id "${feature.id}" (also in ${first})`, fix: 'feature ids must be unique across all categories' });
      } else {
        featureIds.set(feature.id, file.file);
      }
    });
  }
  const cniIds = new Set(cnis.map((c) => c.item.id));
  const knownCnis = [...cniIds].sort().join(', ');
  const unknownCni = (file: ParsedFile, path: (string | number)[], id: string): Problem => ({
    file: file.file,
    line: file.lineOf(path),
    field: path.join('.'),
    message: `unknown CNI id "${id}"`,
    fix: `use one of: ${knownCnis || '(no CNIs defined)'}`,
  });
  const unknownFeature = (file: ParsedFile, path: (string | number)[], id: string): Problem => ({
    file: file.file,
    line: file.lineOf(path),
    field: path.join('.'),
    message: `unknown feature id "${id}"`,
    fix: `use a feature id from content/features/*.yaml${nearest(id, featureIds.keys())}`,
  });

  // CNI profiles: combinations refer to CNIs that exist.
  for (const { item: cni, file } of cnis) {
    cni.combines?.forEach((id, i) => {
      if (!cniIds.has(id)) problems.push(unknownCni(file, ['combines', i], id));
      if (id === cni.id) problems.push({ file: file.file, line: file.lineOf(['combines', i]), field: `combines.${i}`, message: 'a CNI cannot combine itself', fix: 'list the other plugins it combines' });
    });
    if (cni.latest.released > today) {
      problems.push({ file: file.file, line: file.lineOf(['latest', 'released']), field: 'latest.released', message: `release date ${cni.latest.released} is in the future`, fix: 'use the date the release was published' });
    }
    if (cni.verified > today) problems.push({ file: file.file, line: file.lineOf(['verified']), field: 'verified', message: `verified date ${cni.verified} is in the future`, fix: 'use the day the profile was checked' });
  }

  // Support files: one per CNI, one cell per feature, no others. Checked on the raw data so a file
  // with schema problems still gets its coverage and reference problems reported in the same run.
  const supportFileNames = new Set<string>();
  for (const [fileName, parsed] of parsedByFile) {
    if (!fileName.startsWith(rel(root, join(contentDir, 'support')) + '/')) continue;
    supportFileNames.add(baseName(fileName));
    const raw = parsed.data as { cni?: unknown; features?: unknown } | null;
    if (!raw || typeof raw !== 'object') continue;
    if (typeof raw.cni === 'string' && !cniIds.has(raw.cni)) problems.push(unknownCni(parsed, ['cni'], raw.cni));
    if (!raw.features || typeof raw.features !== 'object' || Array.isArray(raw.features)) continue;
    const cells = raw.features as Record<string, unknown>;
    for (const [featureId, cell] of Object.entries(cells)) {
      if (!featureIds.has(featureId)) {
        problems.push({ ...unknownFeature(parsed, ['features', featureId], featureId), line: parsed.keyLineOf(['features'], featureId) });
      }
      const c = (cell ?? {}) as { providedBy?: unknown; verified?: unknown };
      if (typeof c.providedBy === 'string' && c.providedBy !== DELEGATE_ID && !cniIds.has(c.providedBy)) {
        problems.push({ ...unknownCni(parsed, ['features', featureId, 'providedBy'], c.providedBy), fix: `use a CNI id (${knownCnis}) or "${DELEGATE_ID}"` });
      }
      const verified = c.verified instanceof Date ? c.verified.toISOString().slice(0, 10) : c.verified;
      if (typeof verified === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(verified) && verified > today) {
        problems.push({ file: parsed.file, line: parsed.lineOf(['features', featureId, 'verified']), field: `features.${featureId}.verified`, message: `verified date ${verified} is in the future`, fix: 'use the day the cell was checked' });
      }
    }
    for (const id of [...featureIds.keys()].filter((id) => !(id in cells))) {
      problems.push({ file: parsed.file, line: parsed.lineOf(['features']), field: `features.${id}`, message: `no cell for feature "${id}" (every CNI needs a value for every feature)`, fix: `add "${id}:" with status, sources and verified (use status: unknown with a note if it cannot be confirmed)` });
    }
  }
  for (const { item: cni, file } of cnis) {
    if (!supportFileNames.has(cni.id)) {
      problems.push({ file: file.file, line: 1, field: '(file)', message: `CNI "${cni.id}" has no support file`, fix: `create content/support/${cni.id}.yaml with a cell for every feature` });
    }
  }

  // Claims, scenarios, articles, benchmarks: references must resolve.
  for (const { item: claim, file } of claims) {
    claim.cnis.forEach((id, i) => { if (!cniIds.has(id)) problems.push(unknownCni(file, ['cnis', i], id)); });
    claim.features.forEach((id, i) => { if (!featureIds.has(id)) problems.push(unknownFeature(file, ['features', i], id)); });
  }
  checkUnique(claims, (c) => c.id, 'id');
  for (const { item: scenario, file } of scenarios) {
    scenario.must.forEach((id, i) => { if (!featureIds.has(id)) problems.push(unknownFeature(file, ['must', i], id)); });
    scenario.want.forEach((id, i) => { if (!featureIds.has(id)) problems.push(unknownFeature(file, ['want', i], id)); });
  }
  for (const { data, file } of articles) {
    data.cnis.forEach((id, i) => { if (!cniIds.has(id)) problems.push(unknownCni(file, ['cnis', i], id)); });
    data.features.forEach((id, i) => { if (!featureIds.has(id)) problems.push(unknownFeature(file, ['features', i], id)); });
  }
  for (const { item: source, file } of benchmarks) {
    const configIds = new Set<string>();
    source.configs.forEach((config, i) => {
      if (config.cni !== BASELINE_ID && config.cni !== OTHER_PLUGIN_ID && !cniIds.has(config.cni)) problems.push({ ...unknownCni(file, ["configs", i, "cni"], config.cni), fix: `use one of: ${knownCnis}, "${BASELINE_ID}" for the baseline, or "${OTHER_PLUGIN_ID}" for a plugin this site does not profile` });
      if (configIds.has(config.id)) problems.push({ file: file.file, line: file.lineOf(['configs', i, 'id']), field: `configs.${i}.id`, message: `duplicate config id "${config.id}"`, fix: 'give each configuration its own id' });
      configIds.add(config.id);
    });
    source.results.forEach((result, i) => {
      if (!configIds.has(result.config)) problems.push({ file: file.file, line: file.lineOf(['results', i, 'config']), field: `results.${i}.config`, message: `result refers to unknown config "${result.config}"`, fix: 'add the configuration to configs or correct the id' });
    });
  }

  content.cnis = cnis.map((c) => c.item);
  content.categories = categories.map((c) => c.item).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  content.support = support.map((s) => s.item);
  content.claims = claims.map((c) => c.item);
  content.scenarios = scenarios.map((s) => s.item);
  content.articles = articles.map(({ slug, data }) => ({ slug, data }));
  content.benchmarks = benchmarks.map((b) => b.item);
  return { content, problems };
}

/** A " (did you mean …?)" hint for a mistyped id, or nothing. */
function nearest(id: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) { bestDistance = d; best = candidate; }
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

/** One line per problem: `file:line — field — problem — fix`. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} — ${p.field} — ${p.message} — fix: ${p.fix}`;
}

/** Sorted by file, then line, so output is stable and easy to walk. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}
