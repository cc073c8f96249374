/** Minutes to read a text at a technical reading pace, ignoring MDX/JSX markup. */
export const WORDS_PER_MINUTE = 200;

export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[#*_`>|-]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
