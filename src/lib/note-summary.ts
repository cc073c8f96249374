/**
 * A cell note shortened for the matrix, where 620 full notes would exceed the page budget: the
 * first sentence, cut at a word boundary if still long. Full notes live on feature, CNI and
 * comparison pages, and the matrix links to them whenever it shortens one.
 */
export const MATRIX_NOTE_MAX = 140;

export function summarizeNote(note: string, max = MATRIX_NOTE_MAX): { text: string; truncated: boolean } {
  const clean = note.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.;:!?])(\s|$)/.exec(clean)?.[1] ?? clean;
  if (sentence.length <= max) return { text: sentence, truncated: sentence.length < clean.length };
  const cut = sentence.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return { text: `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[,;:]$/, '')}…`, truncated: true };
}
