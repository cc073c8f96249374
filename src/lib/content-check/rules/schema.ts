import { COLLECTION_NAMES, defOf } from '../../../schemas/collections.ts';
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';
import { validate } from '../schema-problems.ts';

/** Validates each entry with its collection's zod schema and keeps the typed data for the build. */
export const schema: Rule = {
  name: 'schema',
  description: "Every file matches its collection's schema (fields, types, enums, URLs, dates, required notes and sources).",
  run(ctx) {
    const problems: Problem[] = [];
    for (const name of COLLECTION_NAMES) {
      for (const entry of ctx.entries[name]) entry.data = validate(defOf(name).schema, entry.parsed, problems);
    }
    return problems;
  },
};
