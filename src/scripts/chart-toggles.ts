/** Keeps the chart toggles, the URL and the tables in step; charts redraw on `benchmark-state`. */
import { ignoredNotice } from '../lib/url-params.ts';
import { parseChartState, serializeChartState, type ChartState } from '../lib/benchmarks.ts';

export function initChartToggles(): void {
  const form = document.querySelector<HTMLFormElement>('[data-chart-toggles]');
  const notice = form?.querySelector<HTMLElement>('[data-chart-notice]');
  if (!form || !notice) return;
  const applyToTables = (s: ChartState) => {
    for (const tr of document.querySelectorAll<HTMLTableRowElement>('[data-chart-table] tbody tr[data-group]')) {
      tr.hidden = s.groups.length > 0 && tr.dataset.group !== 'baseline' && !s.groups.includes(tr.dataset.group!);
    }
  };
  const fromUrl = () => {
    const { state, ignored } = parseChartState(location.search);
    form.querySelector<HTMLInputElement>(`input[name="mode"][value="${state.mode}"]`)!.checked = true;
    form.querySelector<HTMLInputElement>('input[name="range"]')!.checked = state.range;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="variants"]')) box.checked = state.groups.includes(box.value);
    notice.hidden = ignored.length === 0;
    notice.textContent = ignoredNotice(ignored);
    applyToTables(state);
    document.dispatchEvent(new CustomEvent('benchmark-state'));
  };
  form.hidden = false;
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', () => {
    const fd = new FormData(form);
    const state: ChartState = {
      mode: fd.get('mode') === 'percent' ? 'percent' : 'absolute',
      range: fd.has('range'),
      groups: fd.getAll('variants').map(String),
    };
    const query = serializeChartState(state);
    history.pushState(null, '', query ? `?${query}` : location.pathname);
    applyToTables(state);
    document.dispatchEvent(new CustomEvent('benchmark-state'));
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
