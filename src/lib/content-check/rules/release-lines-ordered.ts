import type { Rule } from '../context.ts';
import type { Problem } from '../problems.ts';
import { asDay, asRecord, walk } from '../walk.ts';

const cmp = (a: string, b: string) => {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
};

export const releaseLinesOrdered: Rule = {
  name: 'release-lines-ordered',
  description:
    'Release lines are newest first, each latest patch belongs to its line and is not older than its first release, and support ends after the line began.',
  run(ctx) {
    const problems: Problem[] = [];
    for (const entry of ctx.entries.releases) {
      const lines = walk(entry.raw, 'lines.*')
        .map((f) => ({ path: f.path, line: asRecord(f.value) }))
        .filter((l) => l.line);
      lines.forEach(({ path, line }, i) => {
        const name = String(line!.line ?? '');
        const first = asRecord(line!.first);
        const latest = asRecord(line!.latest);
        const firstDay = asDay(first?.date);
        const latestDay = asDay(latest?.date);
        for (const [label, v] of [
          ['first', first],
          ['latest', latest],
        ] as const) {
          if (
            typeof v?.version === 'string' &&
            name &&
            !(v.version === name || v.version.startsWith(`${name}.`) || v.version.startsWith(`${name}-`) || v.version.startsWith(`${name}+`))
          ) {
            problems.push(ctx.at(entry, [...path, label, 'version'], `${label} version ${v.version} is not in line ${name}`, `use a ${name}.x version`));
          }
        }
        if (firstDay && latestDay && latestDay < firstDay)
          problems.push(
            ctx.at(
              entry,
              [...path, 'latest', 'date'],
              `latest patch date ${latestDay} is before the line's first release ${firstDay}`,
              'check both dates against the release notes',
            ),
          );
        const eos = asDay(line!.endOfSupport);
        if (eos && firstDay && eos < firstDay)
          problems.push(
            ctx.at(
              entry,
              [...path, 'endOfSupport'],
              `end of support ${eos} is before the line's first release ${firstDay}`,
              'check the published end-of-support date',
            ),
          );
        const previous = i > 0 ? String(lines[i - 1]!.line!.line ?? '') : undefined;
        if (previous && name && cmp(previous, name) <= 0)
          problems.push(
            ctx.at(entry, [...path, 'line'], `line ${name} comes after ${previous}; lines are listed newest first`, 'reorder the lines, newest first'),
          );
      });
    }
    return problems;
  },
};
