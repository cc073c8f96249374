/**
 * The only script on content pages: the theme toggle and the search dialog opener.
 * Pagefind's UI is loaded on first use, so it adds nothing to a page's first load.
 */
type Theme = 'system' | 'light' | 'dark';
const ORDER: Theme[] = ['system', 'light', 'dark'];

function currentTheme(): Theme {
  const t = document.documentElement.dataset.theme;
  return t === 'light' || t === 'dark' ? t : 'system';
}

function initTheme(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const label = button?.querySelector('[data-theme-label]');
  if (!button || !label) return;
  const show = () => {
    label.textContent = `Theme: ${currentTheme()}`;
  };
  button.hidden = false;
  show();
  button.addEventListener('click', () => {
    const next = ORDER[(ORDER.indexOf(currentTheme()) + 1) % ORDER.length]!;
    if (next === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = next;
    try {
      if (next === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {
      /* storage may be blocked; the choice then lasts for this page only */
    }
    show();
  });
}

function initSearchDialog(): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const mount = dialog?.querySelector<HTMLElement>('[data-search-mount]');
  if (!link || !dialog || !mount || location.pathname === '/search/') return;
  let loaded: Promise<void> | undefined;
  const open = async () => {
    dialog.showModal();
    loaded ??= import('./search-ui.ts').then(({ mountSearch }) => mountSearch(mount, { syncUrl: false }));
    await loaded;
    mount.querySelector<HTMLInputElement>('input[type="text"], input[type="search"]')?.focus();
  };
  link.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void open();
  });
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      if (dialog.open) dialog.close();
      else void open();
    }
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => link.focus());
}

/** The on-page table of contents: open beside the content on wide screens; marks the section in view. */
function initOnThisPage(): void {
  const nav = document.querySelector<HTMLElement>('[data-on-this-page]');
  const details = nav?.querySelector('details');
  if (!nav || !details) return;
  const wide = matchMedia('(min-width: 72rem)');
  const sync = () => {
    if (wide.matches) details.open = true;
  };
  sync();
  wide.addEventListener('change', sync);
  const links = new Map<Element, HTMLAnchorElement>();
  for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
    if (target) links.set(target, a);
  }
  if (!links.size || !('IntersectionObserver' in window)) return;
  const visible = new Set<Element>();
  const mark = () => {
    const first = [...links.keys()].find((el) => visible.has(el));
    if (!first) return;
    for (const [el, a] of links) {
      if (el === first) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target);
        else visible.delete(e.target);
      }
      mark();
    },
    { rootMargin: '0px 0px -65% 0px' },
  );
  for (const el of links.keys()) observer.observe(el);
}

export function initSite(): void {
  initTheme();
  initSearchDialog();
  initOnThisPage();
}
