/**
 * The matrix's cell preview: on hover (mouse) or keyboard focus, a small card with the note's first
 * sentence, the version it arrived in, the verified date and the number of sources. The data comes
 * from /matrix/cells.json, fetched on the first hover or focus, never at load. WCAG 1.4.13: the card
 * can be hovered, stays until the pointer or focus leaves, and Escape dismisses it.
 */
import type { MatrixPreviewFile } from '../lib/matrix-preview.ts';
import { formatDate } from '../lib/freshness.ts';

export function initCellPreview(): void {
  const table = document.querySelector<HTMLTableElement>('[data-matrix]');
  const card = document.querySelector<HTMLElement>('[data-cell-preview]');
  if (!table || !card) return;
  let data: Promise<MatrixPreviewFile | undefined> | undefined;
  const load = () =>
    (data ??= fetch('/matrix/cells.json')
      .then((r) => (r.ok ? r.json() : undefined))
      .catch(() => undefined));
  let current: HTMLAnchorElement | undefined;
  let hideTimer: number | undefined;
  let showTimer: number | undefined;

  const place = (link: HTMLElement) => {
    const cell = link.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    const gap = 6;
    let top = cell.bottom + gap;
    if (top + box.height > innerHeight - gap && cell.top - gap - box.height > gap) top = cell.top - gap - box.height;
    const left = Math.min(Math.max(gap, cell.left), innerWidth - box.width - gap);
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  };

  const hide = () => {
    clearTimeout(showTimer);
    card.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = undefined;
  };

  const show = async (link: HTMLAnchorElement) => {
    clearTimeout(hideTimer);
    if (current === link && !card.hidden) return;
    const td = link.closest<HTMLElement>('td[data-cni]');
    const row = link.closest<HTMLElement>('tr[data-feature]');
    if (!td || !row) return;
    current = link;
    const file = await load();
    if (current !== link) return;
    const cni = td.dataset.cni!;
    const feature = row.dataset.feature!;
    const info = file?.cells[feature]?.[file.cnis.indexOf(cni)];
    const cniName = table.querySelector<HTMLElement>(`thead th[data-cni="${CSS.escape(cni)}"]`)?.textContent?.trim() ?? cni;
    const featureName = row.querySelector('th')?.textContent?.trim() ?? feature;
    card.replaceChildren();
    const add = (tag: string, text: string, className?: string) => {
      const el = document.createElement(tag);
      el.textContent = text;
      if (className) el.className = className;
      card.append(el);
      return el;
    };
    add('p', `${cniName} · ${featureName}`, 'cell-preview__title');
    const status = link.querySelector('.c__s')?.cloneNode(true) as HTMLElement | undefined;
    const line = document.createElement('p');
    line.className = `status status--${td.dataset.status}`;
    if (status) line.append(...status.childNodes);
    card.append(line);
    const qualifiers = [...link.querySelectorAll('.c__q')].map((q) => q.textContent).filter(Boolean);
    if (qualifiers.length) add('p', qualifiers.join(' · '), 'muted');
    if (info?.note) add('p', info.note);
    const facts = [
      info?.since && `Since ${info.since}`,
      info?.provider && `Provided by ${info.provider}`,
      info && `${info.sources} ${info.sources === 1 ? 'source' : 'sources'}`,
      info && `verified ${formatDate(info.verified)}`,
    ].filter(Boolean);
    if (facts.length) add('p', facts.join(' · '), 'muted');
    add('p', 'Select the cell for the full note and its sources.', 'muted');
    card.hidden = false;
    link.setAttribute('aria-describedby', card.id);
    place(link);
  };

  const linkOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.c') : null);
  table.addEventListener('pointerover', (e) => {
    if (e.pointerType === 'touch') return;
    const link = linkOf(e.target);
    if (!link) return;
    clearTimeout(showTimer);
    showTimer = window.setTimeout(() => void show(link), 120);
  });
  table.addEventListener('pointerout', (e) => {
    if (!linkOf(e.target) || linkOf(e.relatedTarget) === current) return;
    clearTimeout(showTimer);
    hideTimer = window.setTimeout(() => {
      if (!card.matches(':hover') && document.activeElement !== current) hide();
    }, 200);
  });
  card.addEventListener('pointerleave', () => {
    hideTimer = window.setTimeout(() => {
      if (document.activeElement !== current) hide();
    }, 200);
  });
  card.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  table.addEventListener('focusin', (e) => {
    const link = linkOf(e.target);
    if (link) void show(link);
  });
  table.addEventListener('focusout', (e) => {
    if (linkOf(e.target) === current) hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !card.hidden) hide();
  });
  // The card follows its cell when the table or the page scrolls (focus scrolls the cell into view).
  const follow = () => {
    if (current && !card.hidden) place(current);
  };
  table.closest('.matrix-scroll')?.addEventListener('scroll', follow, { passive: true });
  addEventListener('scroll', follow, { passive: true });
}
