/** Runs one rule of the data check on the fixture, with some files replaced, and returns its lines. */
import { checkContent, formatProblem, sortProblems } from '../../src/lib/content-check.ts';
import { FILES, makeFixture } from './fixture.ts';

export const TODAY = new Date('2026-11-23T00:00:00Z');

export function ruleLines(rule: string, overrides: Record<string, string | null> = {}): string[] {
  const fx = makeFixture(overrides);
  try {
    return sortProblems(checkContent(fx.root, { today: TODAY, rules: [rule] }).problems).map(formatProblem);
  } finally {
    fx.cleanup();
  }
}

/** A fixture file with one replacement; fails loudly if the text to replace is not there. */
export function edit(path: string, from: string, to: string): Record<string, string> {
  const text = FILES[path];
  if (text === undefined || !text.includes(from)) throw new Error(`fixture ${path} does not contain ${JSON.stringify(from)}`);
  return { [path]: text.replace(from, to) };
}

export { FILES };
