/**
 * Progressive enhancement of /matrix/: filters whose state lives in the URL.
 *
 * Speed at scale (50 CNIs × 150 features): rows are hidden one by one (a few hundred), but CNI
 * columns are hidden by one rule in a constructed style sheet, not by touching thousands of cells;
 * the table has a fixed layout, so showing every column again costs one layout pass.
 */
import { ignoredNotice } from '../lib/url-params.ts';
import { EMPTY_STATE, parseMatrixState, serializeMatrixState, shownCnis, visibleRowIds, type MatrixRowData, type MatrixState } from '../lib/matrix-filter.ts';
import type { Status } from '../schemas/status-values.ts';

/** Hides CNI columns: one style rule when the browser has constructable style sheets, else cell by cell. */
function columnHider(table: HTMLTableElement, allCnis: readonly string[]): (hidden: readonly string[]) => void {
  if ('adoptedStyleSheets' in document && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    let last = '';
    return (hidden) => {
      const rule = hidden.length ? `${hidden.map((id) => `[data-matrix] [data-cni="${CSS.escape(id)}"]`).join(',')}{display:none}` : '';
      if (rule !== last) sheet.replaceSync((last = rule));
    };
  }
  const cells = new Map(allCnis.map((id) => [id, [...table.querySelectorAll<HTMLElement>(`[data-cni="${CSS.escape(id)}"]`)]]));
  return (hidden) => {
    const set = new Set(hidden);
    for (const [id, list] of cells) for (const cell of list) cell.hidden = set.has(id);
  };
}

export function initMatrixFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-matrix-filters]');
  const table = document.querySelector<HTMLTableElement>('[data-matrix]');
  if (!form || !table) return;
  const count = form.querySelector<HTMLElement>('[data-matrix-count]')!;
  const notice = form.querySelector<HTMLElement>('[data-matrix-notice]')!;
  const active = form.querySelector<HTMLElement>('[data-matrix-active]');
  const platformSelect = form.querySelector<HTMLSelectElement>('select[name="platform"]');
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-feature]')];
  const allCnis = [...table.querySelectorAll<HTMLElement>('thead th[data-cni]')].map((th) => th.dataset.cni!);
  const categories = [...table.querySelectorAll<HTMLElement>('[data-category-group]')].map((g) => g.dataset.categoryGroup!);
  const usableOn = new Map(
    [...(platformSelect?.options ?? [])].filter((o) => o.value).map((o) => [o.value, (o.dataset.cnis ?? '').split(' ').filter(Boolean)]),
  );
  const platformName = new Map([...(platformSelect?.options ?? [])].map((o) => [o.value, o.text]));
  const data: MatrixRowData[] = rows.map((r) => ({
    id: r.dataset.feature!,
    category: r.dataset.category!,
    text: r.dataset.keywords ?? '',
    statuses: Object.fromEntries([...r.querySelectorAll<HTMLElement>('td[data-cni]')].map((td) => [td.dataset.cni!, td.dataset.status as Status])),
  }));
  const hideColumns = columnHider(table, allCnis);
  const groups = [...table.querySelectorAll<HTMLElement>('[data-category-group]')].map((g) => ({
    header: g.querySelector<HTMLElement>('[data-category-row]'),
    cell: g.querySelector<HTMLTableCellElement>('[data-category-row] th'),
    rows: [...g.querySelectorAll<HTMLElement>('tr[data-feature]')].map((r) => r.dataset.feature!),
  }));
  let shownRows = new Set(data.map((r) => r.id));
  let shownColumns = allCnis.length;

  const readForm = (): MatrixState => {
    const fd = new FormData(form);
    return {
      cnis: fd.getAll('cni').map(String),
      categories: fd.getAll('category').map(String),
      diff: fd.has('diff'),
      common: fd.has('common'),
      q: String(fd.get('q') ?? '').trim(),
      platform: String(fd.get('platform') ?? ''),
    };
  };
  const writeForm = (s: MatrixState) => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked =
        box.name === 'cni' ? s.cnis.includes(box.value) : box.name === 'category' ? s.categories.includes(box.value) : box.name === 'diff' ? s.diff : s.common;
    }
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = s.q;
    if (platformSelect) platformSelect.value = s.platform ?? '';
  };

  const apply = (s: MatrixState) => {
    const usable = s.platform ? usableOn.get(s.platform) : undefined;
    const columns = shownCnis(s, allCnis, usable);
    const visible = new Set(visibleRowIds(data, s, allCnis, usable));
    // Touch only what changes: a full clear at scale is then one style change plus a few hundred rows.
    for (const row of rows) {
      const show = visible.has(row.dataset.feature!);
      if (show !== shownRows.has(row.dataset.feature!)) row.hidden = !show;
    }
    shownRows = visible;
    const shownSet = new Set(columns);
    hideColumns(allCnis.filter((id) => !shownSet.has(id)));
    for (const g of groups) {
      if (g.header) g.header.hidden = !g.rows.some((id) => visible.has(id));
      if (g.cell && shownColumns !== columns.length) g.cell.colSpan = columns.length + 1;
    }
    shownColumns = columns.length;
    const narrowed = s.cnis.length > 0 || Boolean(s.platform);
    count.textContent = `Showing ${visible.size} of ${rows.length} features${narrowed ? ` for ${columns.length} of ${allCnis.length} CNIs` : ''}${s.platform ? ` on ${platformName.get(s.platform) ?? s.platform}` : ''}`;
    const n = s.cnis.length + s.categories.length + Number(s.diff) + Number(s.common) + Number(Boolean(s.platform));
    if (active) {
      active.hidden = n === 0;
      active.textContent = String(n);
    }
  };

  const fromUrl = () => {
    const { state, ignored } = parseMatrixState(location.search, { cnis: allCnis, categories, platforms: [...usableOn.keys()] });
    writeForm(state);
    apply(state);
    notice.hidden = ignored.length === 0;
    notice.textContent = ignoredNotice(ignored);
  };

  const update = (push: boolean) => {
    const s = readForm();
    apply(s);
    const query = serializeMatrixState(s);
    const url = query ? `?${query}` : location.pathname;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  // The filter panel: closed so the table is on the first screen, unless the link carries filters.
  const panel = form.querySelector<HTMLElement>('[data-matrix-panel]')!;
  const toggle = form.querySelector<HTMLButtonElement>('[data-matrix-toggle]')!;
  // Open when the reader opened it, or when the link carried filters (what global CSS reads from
  // html[data-params]); decided from attributes, not computed style, so start-up forces no layout.
  const FILTER_KEYS = ['cni', 'category', 'diff', 'common', 'platform'];
  const isOpen = () =>
    panel.hasAttribute('data-open') ||
    (!panel.hasAttribute('data-closed') && (document.documentElement.dataset.params ?? '').split(' ').some((k) => FILTER_KEYS.includes(k)));
  toggle.setAttribute('aria-expanded', String(isOpen()));
  toggle.addEventListener('click', () => {
    const open = !isOpen();
    panel.toggleAttribute('data-open', open);
    panel.toggleAttribute('data-closed', !open);
    toggle.setAttribute('aria-expanded', String(open));
  });

  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (target.type === 'checkbox' || target.name === 'platform') update(true);
  });
  form.querySelector('input[name="q"]')!.addEventListener('input', () => update(false));
  form.querySelector('[data-matrix-reset]')!.addEventListener('click', () => {
    writeForm(EMPTY_STATE);
    notice.hidden = true;
    update(true);
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
