/**
 * Mounts Pagefind's default UI into an element. Loaded on demand: on /search/, or when the header
 * search dialog first opens. On /search/ the query and facets are kept in the URL
 * (`?q=wireguard&type=feature&category=Encryption`) so a search can be shared.
 */
import { listParam } from '../lib/url-params.ts';

interface PagefindUIInstance {
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

const FACETS = ['type', 'category'] as const;

/**
 * Pagefind ranking: title matches weigh extra, so "bgp" leads to "BGP peering", not a longer title; page length
 * counts little, so a long profile still leads for its own name over the short pair and migration pages naming it.
 */
export const SEARCH_RANKING = { metaWeights: { title: 5 }, pageLength: 0.1 };

function loadOnce(tag: 'script' | 'link', url: string): Promise<void> {
  const existing = document.querySelector(`${tag}[data-pagefind-asset="${url}"]`);
  if (existing) return Promise.resolve();
  return new Promise((resolveLoad, reject) => {
    const el = document.createElement(tag);
    el.dataset.pagefindAsset = url;
    if (el instanceof HTMLScriptElement) el.src = url;
    else if (el instanceof HTMLLinkElement) {
      el.rel = 'stylesheet';
      el.href = url;
    }
    el.addEventListener('load', () => resolveLoad());
    el.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
    document.head.append(el);
  });
}

export interface MountOptions {
  /** Keep query and facets in the page URL (only on /search/). */
  syncUrl: boolean;
}

export async function mountSearch(element: HTMLElement, options: MountOptions): Promise<void> {
  try {
    await Promise.all([loadOnce('link', '/pagefind/pagefind-ui.css'), loadOnce('script', '/pagefind/pagefind-ui.js')]);
  } catch {
    element.innerHTML =
      '<p class="notice" role="status">Search could not load. The search index is built by <code>npm run build</code>; browse the <a href="/features/">features</a>, <a href="/cni/">CNIs</a> or <a href="/compare/">comparisons</a> instead.</p>';
    return;
  }
  const PagefindUI = window.PagefindUI;
  if (!PagefindUI) return;
  element.querySelector('[data-search-nojs]')?.remove();
  announceResults(element);
  const ui = new PagefindUI({
    element,
    showImages: false,
    showSubResults: true,
    resetStyles: false,
    excerptLength: 24,
    openFilters: ['type'],
    // A short page title that matches (a feature's or CNI's own page) beats a long one that mentions it.
    ranking: SEARCH_RANKING,
    translations: { placeholder: 'Search features, CNIs, comparisons…' },
  });
  if (!options.syncUrl) return;

  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const facet of FACETS) {
    const values = listParam(params, facet).filter((v) => v.length <= 60);
    if (values.length) filters[facet] = values;
  }
  if (Object.keys(filters).length) ui.triggerFilters(filters);
  const q = (params.get('q') ?? '').slice(0, 200);
  if (q) ui.triggerSearch(q);

  const write = () => {
    const input = element.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
    const next = new URLSearchParams();
    if (input?.value.trim()) next.set('q', input.value.trim());
    for (const box of element.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox:checked')) {
      const group = box.closest('.pagefind-ui__filter-block')?.querySelector('.pagefind-ui__filter-name')?.textContent?.trim().toLowerCase();
      const value = box.closest('.pagefind-ui__filter-value')?.querySelector('.pagefind-ui__filter-label')?.textContent?.trim() ?? box.value;
      if (group && value) next.append(group, value.replace(/\s*\(\d+\)$/, ''));
    }
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };
  element.addEventListener('input', write);
  element.addEventListener('change', write);
}

/** Pagefind's UI has no live region: mirror its result message into one so screen readers hear it. */
function announceResults(element: HTMLElement): void {
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.dataset.searchAnnounce = '';
  element.after(live);
  let last = '';
  new MutationObserver(() => {
    const text = element.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
    if (text && text !== last) {
      last = text;
      live.textContent = text;
    }
  }).observe(element, { childList: true, subtree: true, characterData: true });
}
