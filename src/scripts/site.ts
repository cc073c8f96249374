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
  const show = () => { label.textContent = `Theme: ${currentTheme()}`; };
  button.hidden = false;
  show();
  button.addEventListener('click', () => {
    const next = ORDER[(ORDER.indexOf(currentTheme()) + 1) % ORDER.length]!;
    if (next === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = next;
    try {
      if (next === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch { /* storage may be blocked; the choice then lasts for this page only */ }
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
  dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
  dialog.addEventListener('close', () => link.focus());
}

export function initSite(): void {
  initTheme();
  initSearchDialog();
}
