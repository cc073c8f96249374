/**
 * Renders a recommendation as HTML (scenario pages at build time, /recommend/ in the browser: one
 * markup source) and as a Markdown decision record. Pure functions; all text is escaped.
 */
import type { Recommendation, Requirements, Evidence } from './recommend.ts';
import type { Source } from '../schemas/common.ts';
import { STATUS_INFO } from '../schemas/status-values.ts';

export interface ViewData {
  cniNames: Record<string, string>;
  featureNames: Record<string, string>;
  /** Platform names, for "Where the cluster runs". */
  platformNames?: Record<string, string>;
  /** "Data verified as of" date. */
  verifiedAsOf: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const FIT_TEXT: Record<Evidence['fit'], string> = {
  full: 'met',
  partial: 'partly met',
  commercial: 'met only by a paid edition',
  missing: 'not met',
};

function statusBadge(status: Evidence['status'], prefix = ''): string {
  const info = STATUS_INFO[status];
  return `<span class="status status--${status}" data-status="${status}">${prefix ? `<span class="visually-hidden" data-pagefind-ignore>${escapeHtml(prefix)} — </span>` : ''}<span class="status__icon" aria-hidden="true">${info.icon}</span> ${info.label}</span>`;
}

function sourceLinks(sources: Source[]): string {
  if (sources.length === 0) return '';
  return ` <span class="evidence__sources">(${sources.map((s) => `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>`).join('; ')})</span>`;
}

function evidenceItem(e: Evidence): string {
  return `<li data-feature="${escapeHtml(e.feature)}"><strong>${e.level === 'must' ? 'Must' : 'Want'}:</strong> <a href="/features/${escapeHtml(e.feature)}/">${escapeHtml(e.featureName)}</a> ${statusBadge(e.status)} ${FIT_TEXT[e.fit]}${e.points ? `, +${e.points}` : ''}.${e.cell.note ? ` ${escapeHtml(e.cell.note)}` : ''}${sourceLinks(e.cell.sources)}</li>`;
}

/** The ranked list, the exclusions and a short summary, as HTML. */
export function renderRecommendationHtml(result: Recommendation, req: Requirements, view: ViewData): string {
  const count = req.must.length + req.want.length;
  if (count === 0) {
    return '<p class="notice" data-recommend-empty>Choose at least one requirement to see a ranking. Every CNI meets an empty list equally.</p>';
  }
  const parts: string[] = [];
  const top = result.ranked[0];
  const where = req.platform ? ` on ${escapeHtml(view.platformNames?.[req.platform] ?? req.platform)}` : '';
  parts.push(
    `<p class="recommend-summary" data-recommend-summary>${top ? `Top pick for these requirements${where}: <strong>${escapeHtml(top.name)}</strong>${top.tied ? ' (tied)' : ''}. ` : 'No CNI meets every hard requirement. '}${result.ranked.length} ranked, ${result.excluded.length} excluded. Data verified as of ${escapeHtml(view.verifiedAsOf)}.</p>`,
  );
  if (result.ranked.length) {
    parts.push('<ol class="ranking" data-ranking>');
    for (const r of result.ranked) {
      const partial = r.evidence.filter((e) => e.fit === 'partial').length;
      const paid = r.evidence.filter((e) => e.fit === 'commercial').length;
      const missedWants = r.evidence.filter((e) => e.level === 'want' && e.fit === 'missing').length;
      const why = [
        `meets ${r.fullyMet} of ${r.evidence.length} requirement${r.evidence.length === 1 ? '' : 's'} fully`,
        partial ? `${partial} partly` : '',
        paid ? `${paid} only with a paid edition` : '',
        missedWants ? `misses ${missedWants} preference${missedWants === 1 ? '' : 's'}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      parts.push(`<li data-cni="${escapeHtml(r.cni)}" data-rank="${r.rank}" data-score="${r.score}">`);
      parts.push(
        `<h3><a href="/cni/${escapeHtml(r.cni)}/">${escapeHtml(r.name)}</a> <span class="muted">score ${r.score} of ${r.maxScore}${r.tied ? ', tied' : ''}</span></h3>`,
      );
      parts.push(`<p>Rank ${r.rank}: ${escapeHtml(why)}.</p>`);
      if (r.caveats.length)
        parts.push(
          `<p data-pagefind-ignore><strong>Caveats:</strong></p><ul class="caveats" data-pagefind-ignore>${r.caveats.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`,
        );
      parts.push(
        `<details data-pagefind-ignore><summary>Evidence from the matrix (${r.evidence.length} cell${r.evidence.length === 1 ? '' : 's'})</summary><ul class="evidence">${r.evidence.map(evidenceItem).join('')}</ul></details>`,
      );
      parts.push('</li>');
    }
    parts.push('</ol>');
  }
  if (result.excluded.length) {
    parts.push('<h3 id="excluded">Excluded</h3><ul class="excluded" data-excluded>');
    for (const x of result.excluded) {
      const lead = x.kind === 'unmaintained' ? '<strong>warning:</strong> ' : x.kind === 'platform' ? '' : 'fails ';
      parts.push(
        `<li data-cni="${escapeHtml(x.cni)}" data-excluded-kind="${x.kind}"><a href="/cni/${escapeHtml(x.cni)}/">${escapeHtml(x.name)}</a>: ${lead}${x.reasons.map(escapeHtml).join('; ')}</li>`,
      );
    }
    parts.push('</ul>');
  }
  return parts.join('\n');
}

/**
 * A Markdown architecture decision record of the recommendation. `opts.url` must be a link the site
 * built (origin + path + serialized requirements), never the address bar as typed: only known ids
 * reach the record, so a crafted link cannot plant Markdown in a team's document.
 */
export function decisionRecordMarkdown(
  result: Recommendation,
  req: Requirements,
  view: ViewData,
  opts: { url: string; title?: string; today: string },
): string {
  const name = (id: string) => view.featureNames[id] ?? id;
  const top = result.ranked[0];
  const lines: string[] = [];
  lines.push(`# ${opts.title ?? 'Choice of Kubernetes network plugin (CNI)'}`, '');
  lines.push(`- Date: ${opts.today}`, `- Status: proposed`, `- Data: CNI Compare, verified as of ${view.verifiedAsOf} (<${opts.url}>)`, '');
  lines.push(
    '## Context',
    '',
    `We need a CNI plugin for our Kubernetes clusters${req.platform ? `, which run on ${view.platformNames?.[req.platform] ?? req.platform}` : ''}. Requirements:`,
    '',
  );
  for (const id of req.must) lines.push(`- Must: ${name(id)}`);
  for (const id of req.want) lines.push(`- Want: ${name(id)}`);
  lines.push(`- Paid editions ${req.commercial ? 'may' : 'may not'} count`, '');
  lines.push('## Decision', '');
  lines.push(
    top
      ? `Adopt **${top.name}** (score ${top.score} of ${top.maxScore}${top.tied ? ', tied with others' : ''}).`
      : 'No plugin meets every hard requirement; revisit the requirements.',
    '',
  );
  lines.push('## Options considered', '');
  for (const r of result.ranked) {
    lines.push(`### ${r.rank}. ${r.name}: score ${r.score} of ${r.maxScore}`, '');
    for (const e of r.evidence) {
      lines.push(
        `- ${e.level === 'must' ? 'Must' : 'Want'} ${e.featureName}: ${STATUS_INFO[e.status].label} (${FIT_TEXT[e.fit]})${e.cell.note ? `. ${e.cell.note}` : ''}${e.cell.sources[0] ? ` [source](${e.cell.sources[0].url})` : ''}`,
      );
    }
    for (const c of r.caveats) lines.push(`- Caveat: ${c}`);
    lines.push('');
  }
  for (const x of result.excluded) lines.push(`- Excluded: ${x.name}: ${x.reasons.join('; ')}`);
  if (result.excluded.length) lines.push('');
  lines.push('## Consequences', '');
  if (top) {
    const cav = top.caveats.length ? top.caveats.map((c) => `- ${c}`) : ['- No caveats recorded in the matrix for these requirements.'];
    lines.push(`Choosing ${top.name} means accepting:`, '', ...cav, '');
  }
  lines.push(
    '## Sources',
    '',
    `Every status above links to the official source recorded in the matrix. Full data: <${new URL('/data/matrix.json', opts.url).href}>`,
    '',
  );
  return lines.join('\n');
}

/** The link a decision record cites: the page's own origin and path plus the serialized requirements. */
export function shareableUrl(origin: string, pathname: string, query: string): string {
  const url = new URL(pathname, origin);
  url.search = query;
  return url.href;
}
