/**
 * Loads every collection of the registry from `content/`, keeping each file's raw data (so rules run
 * on every item that can be read, valid or not) beside its validated data. Files the registry does not
 * describe (another extension case, a subfolder) are reported, not skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, defOf, type CollectionDef, type CollectionName } from '../../schemas/collections.ts';
import { decodeUtf8, parseJson, parseYaml, splitFrontmatter, type ParsedFile } from './parse.ts';
import type { Problem } from './problems.ts';

export interface Entry {
  collection: CollectionName;
  /** Path relative to the project root. */
  file: string;
  /** The file name without its extension. */
  slug: string;
  parsed: ParsedFile;
  /** The data as read (frontmatter for MDX); rules must treat it as unknown. */
  raw: unknown;
  /** The validated data, when the schema accepted it (filled by the schema rule). */
  data?: unknown;
  /** The entry's id: its id field when it is a string, else the file name. */
  id: string;
  /** MDX only: the whole source text. */
  source?: string;
}

export interface Loaded {
  entries: Record<CollectionName, Entry[]>;
  problems: Problem[];
}

/** Matches a registry pattern: a file name with at most one `*`. */
export function matchesPattern(name: string, pattern: string): boolean {
  const [head, tail] = pattern.split('*') as [string, string | undefined];
  return tail === undefined ? name === head : name.length >= head.length + tail.length && name.startsWith(head) && name.endsWith(tail);
}

/** Files in a content folder that no collection reads are reported; these are allowed to sit there. */
const IGNORED = (name: string) => name.startsWith('.') || name === 'README.md';

export function loadContent(root: string, contentDir: string): Loaded {
  const problems: Problem[] = [];
  const entries = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, [] as Entry[]])) as Record<CollectionName, Entry[]>;
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  const byFolder = new Map<string, CollectionName[]>();
  for (const name of COLLECTION_NAMES) byFolder.set(COLLECTIONS[name].folder, [...(byFolder.get(COLLECTIONS[name].folder) ?? []), name]);

  for (const [folder, names] of byFolder) {
    const dir = join(contentDir, folder);
    const listing = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)) : [];
    for (const dirent of listing) {
      if (IGNORED(dirent.name)) continue;
      const path = join(dir, dirent.name);
      if (dirent.isDirectory()) {
        problems.push({
          file: rel(path),
          field: '(folder)',
          message: 'a subfolder of a collection folder is not loaded',
          fix: `move its files up into content/${folder}/ or out of content/`,
        });
        continue;
      }
      const owner = names.find((n) => matchesPattern(dirent.name, COLLECTIONS[n].pattern));
      if (!owner) {
        const patterns = names.map((n) => COLLECTIONS[n].pattern).join(' or ');
        problems.push({
          file: rel(path),
          line: 1,
          field: '(file)',
          message: `this file is not loaded: names in content/${folder}/ must match ${patterns}`,
          fix: `rename it to match ${patterns} (extensions are lower-case), or move it out of content/`,
        });
        continue;
      }
      const entry = loadFile(owner, COLLECTIONS[owner], path, rel(path), problems);
      if (entry) entries[owner].push(entry);
    }
    for (const name of names) {
      const def = COLLECTIONS[name];
      const present = listing.some((d) => d.isFile() && matchesPattern(d.name, def.pattern));
      if (defOf(name).required && !present) {
        const expected = def.pattern.includes('*') ? `at least one ${def.pattern} file` : def.pattern;
        problems.push({
          file: rel(join(dir, def.pattern.includes('*') ? '' : def.pattern)),
          field: '(file)',
          message: `missing: content/${folder}/ needs ${expected} (${def.title})`,
          fix: `restore ${def.pattern.includes('*') ? 'the files' : 'the file'} (git checkout) or create ${expected}`,
        });
      }
    }
  }
  return { entries, problems };
}

function loadFile(collection: CollectionName, def: CollectionDef, path: string, file: string, problems: Problem[]): Entry | undefined {
  const text = decodeUtf8(readFileSync(path), file, problems);
  if (text === undefined) return undefined;
  const slug = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  let parsed: ParsedFile | undefined;
  if (def.format === 'mdx') {
    const fm = splitFrontmatter(text);
    if (!fm) {
      problems.push({
        file,
        line: 1,
        field: '(file)',
        message: 'no frontmatter found',
        fix: 'start the file with a --- block holding title, description, updated, order and sources',
      });
      return undefined;
    }
    parsed = parseYaml(fm.yaml, file, problems, fm.startLine);
  } else {
    parsed = def.format === 'json' ? parseJson(text, file, problems) : parseYaml(text, file, problems);
  }
  if (!parsed) return undefined;
  const raw = parsed.data;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({
      file,
      line: 1,
      field: '(file)',
      message: 'the file must hold a mapping of fields',
      fix: def.idField === 'slug' ? 'write the fields as key: value lines' : `start the file with "${def.idField}: ${slug}"`,
    });
    return undefined;
  }
  const declared = def.idField === 'slug' ? undefined : (raw as Record<string, unknown>)[def.idField];
  return { collection, file, slug, parsed, raw, id: typeof declared === 'string' ? declared : slug, source: def.format === 'mdx' ? text : undefined };
}
