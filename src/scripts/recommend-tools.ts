/** Copy link / copy decision record / print, shared by /recommend/ and the scenario pages. */
async function copy(text: string, status: HTMLElement, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    status.textContent = 'Copying is blocked here; select the text and copy it by hand.';
  }
}

export function initRecommendTools(): void {
  const tools = document.querySelector<HTMLElement>('[data-recommend-tools]');
  const status = tools?.querySelector<HTMLElement>('[data-copy-status]');
  if (!tools || !status) return;
  tools.hidden = false;
  tools.querySelector('[data-copy-link]')?.addEventListener('click', () => void copy(location.href, status, 'Link copied.'));
  tools.querySelector('[data-copy-record]')?.addEventListener('click', () => {
    const text = document.querySelector('[data-record-text]')?.textContent ?? '';
    void copy(text, status, 'Decision record copied as Markdown.');
  });
  tools.querySelector('[data-print]')?.addEventListener('click', () => window.print());
}
