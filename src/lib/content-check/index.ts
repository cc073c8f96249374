/**
 * The data check: loads every collection of the registry, runs every rule on every entry that can be
 * read (valid or not), and returns every problem at once with its location and a fix, plus the typed
 * content the build and scripts use. A rule that throws becomes a problem, never a crash.
 */
import { join, resolve } from 'node:path';
import { COLLECTION_NAMES, type CollectionName, type EntryOf } from '../../schemas/collections.ts';
import { makeContext, type Rule } from './context.ts';
import { loadContent } from './load.ts';
import type { Problem } from './problems.ts';
import { RULES } from './rules/index.ts';

export type { Problem } from './problems.ts';
export type { Rule, RuleContext } from './context.ts';
export { formatProblem, sortProblems, nearest, editDistance } from './problems.ts';
export { RULES } from './rules/index.ts';

/** The typed content: every valid entry of every collection; articles keep their slug. */
export type Content = { [N in Exclude<CollectionName, 'articles'>]: EntryOf<N>[] } & { articles: { slug: string; data: EntryOf<'articles'> }[] };

export interface CheckOptions {
  /** Build date, for "in the future" checks. Defaults to now. */
  today?: Date;
  /** The content folder; defaults to `<root>/content`. */
  contentDir?: string;
  /** Run only these rules (by name); the schema is always validated so the content is typed. */
  rules?: readonly string[];
  /** Replace the rule list (unit tests of a single rule on a fixture). */
  ruleSet?: readonly Rule[];
}

export interface CheckResult {
  content: Content;
  problems: Problem[];
}

export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const contentDir = options.contentDir ? resolve(root, options.contentDir) : join(root, 'content');
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  const { entries, problems: loadProblems } = loadContent(root, contentDir);
  const problems: Problem[] = loadProblems.map((p) => ({ ...p, rule: 'load' }));
  const ctx = makeContext(entries, today);
  const all = options.ruleSet ?? RULES;
  const selected = new Set(options.rules ?? all.map((r) => r.name));
  const order = all.some((r) => r.name === 'schema') ? all : [RULES[0]!, ...all];
  for (const rule of order) {
    let found: Problem[];
    try {
      found = rule.run(ctx);
    } catch (error) {
      found = [
        {
          file: 'content',
          field: `(rule ${rule.name})`,
          message: `the rule crashed: ${(error as Error).message.split('\n')[0]}`,
          fix: 'report it as a bug in the data check; the other rules still ran',
        },
      ];
    }
    if (selected.has(rule.name) || (options.rules === undefined && rule.name === 'schema')) problems.push(...found.map((p) => ({ ...p, rule: rule.name })));
  }
  if (options.rules && !options.rules.includes('load')) problems.splice(0, problems.length, ...problems.filter((p) => p.rule !== 'load'));
  // Two checks can word the same finding identically (a URL's format and its scheme); print it once.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.file}\u0000${p.line}\u0000${p.field}\u0000${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const content = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [
      name,
      entries[name].filter((e) => e.data !== undefined).map((e) => (name === 'articles' ? { slug: e.slug, data: e.data } : e.data)),
    ]),
  ) as Content;
  return { content, problems: unique };
}
