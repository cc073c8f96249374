/** Progressive enhancement of /matrix/: filters whose state lives in the URL. */
import { parseMatrixState, serializeMatrixState, visibleRowIds, type MatrixRowData, type MatrixState } from '../lib/matrix-filter.ts';
import type { Status } from '../schemas/status.ts';

export function initMatrixFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-matrix-filters]');
  const table = document.querySelector<HTMLTableElement>('[data-matrix]');
  if (!form || !table) return;
  const count = form.querySelector<HTMLElement>('[data-matrix-count]')!;
  const notice = form.querySelector<HTMLElement>('[data-matrix-notice]')!;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-feature]')];
  const rowById = new Map(rows.map((r) => [r.dataset.feature!, r]));
  const allCnis = [...table.querySelectorAll<HTMLElement>('thead th[data-cni]')].map((th) => th.dataset.cni!);
  const categories = [...table.querySelectorAll<HTMLElement>('[data-category-group]')].map((g) => g.dataset.categoryGroup!);
  const data: MatrixRowData[] = rows.map((r) => ({
    id: r.dataset.feature!,
    category: r.dataset.category!,
    text: r.dataset.keywords ?? '',
    statuses: Object.fromEntries([...r.querySelectorAll<HTMLElement>('td[data-cni]')].map((td) => [td.dataset.cni!, td.dataset.status as Status])),
  }));
  const columnCells = new Map(allCnis.map((id) => [id, [...table.querySelectorAll<HTMLElement>(`[data-cni="${id}"]`)]]));
  const groups = [...table.querySelectorAll<HTMLElement>('[data-category-group]')];
  const categoryHeaders = [...table.querySelectorAll<HTMLTableCellElement>('[data-category-row] th')];

  const readForm = (): MatrixState => {
    const fd = new FormData(form);
    return { cnis: fd.getAll('cni').map(String), categories: fd.getAll('category').map(String), diff: fd.has('diff'), common: fd.has('common'), q: String(fd.get('q') ?? '').trim() };
  };
  const writeForm = (s: MatrixState) => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = box.name === 'cni' ? s.cnis.includes(box.value) : box.name === 'category' ? s.categories.includes(box.value) : box.name === 'diff' ? s.diff : s.common;
    }
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = s.q;
  };

  const apply = (s: MatrixState) => {
    const visible = new Set(visibleRowIds(data, s, allCnis));
    for (const [id, row] of rowById) row.hidden = !visible.has(id);
    const shownCnis = new Set(s.cnis.length ? s.cnis : allCnis);
    for (const [id, cells] of columnCells) for (const cell of cells) cell.hidden = !shownCnis.has(id);
    for (const th of categoryHeaders) th.colSpan = shownCnis.size + 1;
    for (const group of groups) {
      const header = group.querySelector<HTMLElement>('[data-category-row]');
      if (header) header.hidden = !group.querySelector('tr[data-feature]:not([hidden])');
    }
    count.textContent = `Showing ${visible.size} of ${rows.length} features${s.cnis.length ? ` for ${shownCnis.size} of ${allCnis.length} CNIs` : ''}`;
  };

  const fromUrl = () => {
    const { state, ignored } = parseMatrixState(location.search, { cnis: allCnis, categories });
    writeForm(state);
    apply(state);
    notice.hidden = ignored.length === 0;
    notice.textContent = ignored.length ? `Ignored from the link: ${ignored.join('; ')}.` : '';
  };

  const update = (push: boolean) => {
    const s = readForm();
    apply(s);
    const query = serializeMatrixState(s);
    const url = query ? `?${query}` : location.pathname;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  form.hidden = false;
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => { if ((e.target as HTMLInputElement).type === 'checkbox') update(true); });
  form.querySelector('input[name="q"]')!.addEventListener('input', () => update(false));
  form.querySelector('[data-matrix-reset]')!.addEventListener('click', () => { writeForm({ cnis: [], categories: [], diff: false, common: false, q: '' }); notice.hidden = true; update(true); });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
