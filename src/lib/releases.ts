/**
 * Release lines and support windows: which lines are supported on a given day, computed from the
 * published end-of-support dates or, where a project publishes only a rule ("the three newest minor
 * releases"), from that rule; plus the iCalendar of end-of-support dates.
 */
import type { Releases, ReleaseLine } from '../schemas/releases.ts';

export type LineSupport = 'supported' | 'ended' | 'unknown';

export interface LineView extends ReleaseLine {
  support: LineSupport;
  /** Why: "end of support 2027-03-31", "one of the 3 newest lines", "no published policy". */
  basis: string;
}

export function linesOnDay(releases: Releases, today: string): LineView[] {
  const released = releases.lines.filter((l) => l.first.date <= today);
  const newestN = releases.policy.supportedLines ? new Set(released.slice(0, releases.policy.supportedLines).map((l) => l.line)) : undefined;
  return releases.lines.map((line) => {
    if (line.endOfSupport) {
      return line.endOfSupport >= today
        ? { ...line, support: 'supported' as const, basis: `supported until ${line.endOfSupport}` }
        : { ...line, support: 'ended' as const, basis: `support ended ${line.endOfSupport}` };
    }
    if (newestN) {
      return newestN.has(line.line)
        ? { ...line, support: 'supported' as const, basis: `one of the ${releases.policy.supportedLines} newest lines` }
        : { ...line, support: 'ended' as const, basis: `no longer among the ${releases.policy.supportedLines} newest lines` };
    }
    return { ...line, support: 'unknown' as const, basis: 'the project publishes no support window' };
  });
}

/** The lines supported today, newest first. */
export function supportedToday(releases: Releases, today: string): string[] {
  return linesOnDay(releases, today)
    .filter((l) => l.support === 'supported')
    .map((l) => l.line);
}

export interface EndOfSupportEvent {
  uid: string;
  day: string;
  summary: string;
  description: string;
  url: string;
}

/** Every published end-of-support date, one all-day event each. */
export function endOfSupportEvents(all: readonly Releases[], nameOf: (subject: string) => string, site: string): EndOfSupportEvent[] {
  return all
    .flatMap((r) =>
      r.lines
        .filter((l) => l.endOfSupport)
        .map((l) => ({
          uid: `eos-${r.subject}-${l.line}@cni-compare`,
          day: l.endOfSupport!,
          summary: `${nameOf(r.subject)} ${l.line}: end of support`,
          description: `${nameOf(r.subject)} ${l.line} (latest patch ${l.latest.version}) reaches the end of its support window. Source: ${l.sources[0]!.url}`,
          url: new URL(r.kind === 'cni' ? `/cni/${r.subject}/releases/` : `/platforms/${r.subject}/`, site).href,
        })),
    )
    .sort((a, b) => a.day.localeCompare(b.day) || a.uid.localeCompare(b.uid));
}
