import { COLLECTIONS, COLLECTION_NAMES } from '../../../schemas/collections.ts';
import type { Rule } from '../context.ts';
import { asRecord } from '../walk.ts';

export const idMatchesFileName: Rule = {
  name: 'id-matches-file-name',
  description: "An entry's id field equals its file name, so URLs and references agree.",
  run(ctx) {
    return COLLECTION_NAMES.flatMap((name) => {
      const field = COLLECTIONS[name].idField;
      if (field === 'slug') return [];
      return ctx.entries[name].flatMap((entry) => {
        const id = asRecord(entry.raw)?.[field];
        if (typeof id !== 'string' || id === entry.slug) return [];
        const ext = entry.file.slice(entry.file.lastIndexOf('.'));
        return [ctx.at(entry, [field], `"${id}" differs from the file name "${entry.slug}"`, `rename the file to ${id}${ext} or set ${field}: ${entry.slug}`)];
      });
    });
  },
};
