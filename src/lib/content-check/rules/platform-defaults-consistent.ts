import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';
import { asRecord, walk } from '../walk.ts';

export const platformDefaultsConsistent: Rule = {
  name: 'platform-defaults-consistent',
  description:
    "A platform's defaults and its stances agree: every default CNI has stance default (in some mode), and every stance default is listed under defaults.",
  run(ctx) {
    const problems: Problem[] = [];
    for (const entry of ctx.entries.platforms) {
      const stances = asRecord(asRecord(entry.raw)?.stances) ?? {};
      const defaults = walk(entry.raw, 'defaults.*.cni');
      const listed = new Set(defaults.map((d) => d.value));
      for (const d of defaults) {
        const s = asRecord(stances[String(d.value)]);
        const modes = Array.isArray(s?.modes) ? (s!.modes as unknown[]).map((m) => asRecord(m)?.stance) : [];
        if (s && s.stance !== 'default' && !modes.includes('default'))
          problems.push(
            ctx.at(
              entry,
              d.path,
              `"${String(d.value)}" is listed as a default but its stance is "${String(s.stance)}"`,
              'make its stance default (or a mode override default), or remove it from defaults',
            ),
          );
      }
      for (const [cni, s] of Object.entries(stances)) {
        if (asRecord(s)?.stance === 'default' && !listed.has(cni))
          problems.push(
            ctx.at(
              entry,
              ['stances', cni, 'stance'],
              `"${cni}" has stance default but is not listed under defaults`,
              `add { cni: ${cni} } to defaults, with its condition`,
            ),
          );
      }
    }
    return problems;
  },
};
