/**
 * The one inline script every page runs before first paint: it applies a saved theme so there is no
 * flash ("system" follows the OS) and adds the "js" class so CSS can show script-driven controls from
 * the first paint, and `data-params` (the query's keys) so a page can open what a link preselects
 * (the matrix's filter panel) without a layout shift. `astro.config.mjs` puts its hash in the Content-Security-Policy, so the script
 * runs whether the policy arrives as a <meta> tag or as an HTTP header.
 */
import { createHash } from 'node:crypto';

export const THEME_SCRIPT =
  "document.documentElement.classList.add('js');try{document.documentElement.dataset.params=Array.from(new URLSearchParams(location.search).keys()).join(' ');var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t;}catch(e){}";

/** The hash allowing exactly this script, in the form Astro's CSP setting takes (`sha256-…`). */
export const THEME_SCRIPT_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
