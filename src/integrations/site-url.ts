/** Says so when a production build has no SITE_URL: canonicals, Open Graph URLs and the sitemap would point at localhost. */
import type { AstroIntegration } from 'astro';

export function siteUrlNotice(): AstroIntegration {
  return {
    name: 'cni-compare:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && !process.env.SITE_URL) {
          logger.warn(
            'SITE_URL is not set: canonical URLs, Open Graph tags, feeds and the sitemap will point at http://localhost:4321. Set SITE_URL=https://your.domain for a deployment (see README, "Deploy").',
          );
        }
      },
    },
  };
}
