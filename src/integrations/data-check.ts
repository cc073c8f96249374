/**
 * Runs the content check before every `astro build`, so no build can publish bad data,
 * whichever command started it. Prints every problem, then fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem, sortProblems } from '../lib/content-check.ts';

export function dataCheck(): AstroIntegration {
  return {
    name: 'cni-compare:data-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        const { problems } = checkContent(fileURLToPath(config.root), { contentDir: process.env.CNI_CONTENT_DIR });
        if (problems.length === 0) return;
        for (const problem of sortProblems(problems)) logger.error(formatProblem(problem));
        throw new Error(`Content check found ${problems.length} problem(s); run "npm run check:data" for the full list.`);
      },
    },
  };
}
