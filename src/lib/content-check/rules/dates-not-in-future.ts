import { COLLECTION_NAMES, defOf } from '../../../schemas/collections.ts';
import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';
import { asDay, walk } from '../walk.ts';

export const datesNotInFuture: Rule = {
  name: 'dates-not-in-future',
  description: 'Verified, release, publication and change dates are not after the build day.',
  run(ctx) {
    const problems: Problem[] = [];
    for (const name of COLLECTION_NAMES) {
      for (const path of defOf(name).pastDates ?? []) {
        for (const entry of ctx.entries[name]) {
          for (const found of walk(entry.raw, path)) {
            const day = asDay(found.value);
            if (day && day > ctx.today) {
              problems.push(
                ctx.at(entry, found.path, `date ${day} is in the future (the build runs on ${ctx.today})`, 'use the day it actually happened or was checked'),
              );
            }
          }
        }
      }
    }
    return problems;
  },
};
