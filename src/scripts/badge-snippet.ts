/** Progressive enhancement of BadgeSnippet: switch the cell, copy a snippet. */
import { badgePath, snippetMarkup } from '../lib/badges/badge.ts';

export function initBadgeSnippets(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-badge-snippet]')) {
    const site = box.dataset.site!;
    const cells = JSON.parse(box.dataset.cells ?? '{}') as Record<string, string>;
    const cni = box.querySelector<HTMLSelectElement>('[data-badge-cni]');
    const feature = box.querySelector<HTMLSelectElement>('[data-badge-feature]');
    const img = box.querySelector<HTMLImageElement>('[data-badge-img]')!;
    const md = box.querySelector<HTMLTextAreaElement>('[data-badge-md]')!;
    const html = box.querySelector<HTMLTextAreaElement>('[data-badge-html]')!;
    const nojs = box.querySelector<HTMLElement>('[data-badge-nojs]');
    if (nojs) nojs.hidden = true;
    const update = () => {
      const c = cni?.value ?? /\/badge\/([^/]+)\//.exec(img.getAttribute('src')!)![1]!;
      const f = feature?.value ?? /\/badge\/[^/]+\/([^/]+)\.svg/.exec(img.getAttribute('src')!)![1]!;
      const alt = cells[`${c}/${f}`] ?? `${c}, ${f}`;
      const s = snippetMarkup(site, c, f, alt);
      md.value = s.markdown;
      html.value = s.html;
      img.src = badgePath(c, f);
      img.alt = alt;
    };
    cni?.addEventListener('change', update);
    feature?.addEventListener('change', update);
    for (const button of box.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        const field = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
        try {
          await navigator.clipboard.writeText(field.value);
        } catch {
          field.select();
          document.execCommand('copy');
        }
        const label = button.firstChild!;
        label.textContent = 'Copied';
        setTimeout(() => {
          label.textContent = 'Copy';
        }, 1500);
      });
    }
  }
}
