/** Progressive enhancement of /changes/: filter entries by CNI, feature and platform, state in the URL. */
import { itemMatches, OPEN_ITEMS_MAX, parseChangeFilter, type ChangeFilter } from '../lib/changes.ts';
import { ignoredNotice } from '../lib/url-params.ts';

export function initChangesFilter(): void {
  const form = document.querySelector<HTMLFormElement>('[data-changes-filters]');
  if (!form) return;
  const entries = [...document.querySelectorAll<HTMLElement>('[data-change]')];
  const count = form.querySelector<HTMLElement>('[data-changes-count]')!;
  const notice = form.querySelector<HTMLElement>('[data-changes-notice]')!;
  form.querySelector<HTMLElement>('[data-changes-nojs]')?.setAttribute('hidden', '');
  const options = (name: string) => [...form.querySelectorAll<HTMLOptionElement>(`select[name="${name}"] option`)].map((o) => o.value).filter(Boolean);
  const known = { cnis: options('cni'), features: options('feature'), platforms: options('platform') };
  // An entry shows when one of its items matches every chosen value, exactly as the feeds filter.
  const matches = (item: HTMLElement, filter: ChangeFilter) =>
    itemMatches({ cni: item.dataset.cni, feature: item.dataset.feature, platform: item.dataset.platform }, filter);

  const apply = (filter: ChangeFilter) => {
    let shown = 0;
    for (const entry of entries) {
      const items = [...entry.querySelectorAll<HTMLElement>('.change__items > li')];
      for (const item of items) item.hidden = !matches(item, filter);
      const visible = items.some((item) => !item.hidden);
      entry.hidden = !visible;
      // A filtered entry shows its matching facts; unfiltered, long entries fold again.
      const details = entry.querySelector('details');
      if (details) details.open = Boolean(filter.cni || filter.feature || filter.platform) || items.length <= OPEN_ITEMS_MAX;
      if (visible) shown++;
    }
    count.textContent = `${shown} of ${entries.length} entries shown.`;
    for (const key of ['cni', 'feature', 'platform'] as const) form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!.value = filter[key] ?? '';
  };
  const fromUrl = () => {
    const { filter, ignored } = parseChangeFilter(location.search, known);
    notice.hidden = ignored.length === 0;
    notice.textContent = ignoredNotice(ignored);
    apply(filter);
  };
  const toUrl = () => {
    const params = new URLSearchParams();
    for (const key of ['cni', 'feature', 'platform'] as const) {
      const value = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`)!.value;
      if (value) params.set(key, value);
    }
    const query = params.toString();
    history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    fromUrl();
  };
  form.addEventListener('change', toUrl);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    toUrl();
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
