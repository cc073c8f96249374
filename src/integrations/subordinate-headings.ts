/**
 * Articles explain; feature and CNI pages answer. Pagefind gives headings a high automatic weight,
 * so an article's "## WireGuard" would outrank the WireGuard feature page. This hast plugin for
 * Astro's Markdown processor gives headings in MDX (only articles are MDX) the article body's
 * weight, so search leads to the answer page first.
 */
import type { satteri } from '@astrojs/markdown-satteri';

export const ARTICLE_HEADING_WEIGHT = '0.3';

/** A hast plugin as Astro's Markdown processor takes it. */
type HastPlugin = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['hastPlugins']>[number];

export const subordinateHeadings: HastPlugin = {
  name: 'subordinate-headings',
  element: {
    filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      ctx.setProperty(node, 'dataPagefindWeight', ARTICLE_HEADING_WEIGHT);
    },
  },
};
