/**
 * Articles explain; feature and CNI pages answer. Pagefind gives headings a high automatic weight,
 * so an article's "## WireGuard" would outrank the WireGuard feature page. This hast plugin for
 * Astro's Markdown processor gives headings in MDX (only articles are MDX) the article body's
 * weight, so search leads to the answer page first.
 */
export const ARTICLE_HEADING_WEIGHT = '0.3';

interface HastElement { tagName: string; properties?: Record<string, unknown> }
interface VisitContext { setProperty(node: HastElement, name: string, value: string): void }

export const subordinateHeadings = {
  name: 'subordinate-headings',
  element: {
    filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node: HastElement, ctx: VisitContext) {
      ctx.setProperty(node, 'dataPagefindWeight', ARTICLE_HEADING_WEIGHT);
    },
  },
};
