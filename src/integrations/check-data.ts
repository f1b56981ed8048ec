import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/data-check/check-content';

/**
 * Fails `astro build` before anything is built when a data file is wrong (syntax, schema, duplicate id, broken
 * reference). Astro's own loaders only log such errors and may keep a cached copy, which would ship stale data.
 */
export function checkData(contentDir: string): AstroIntegration {
  return {
    name: 'co-guide:check-data',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const problems = checkContent(contentDir);
        if (problems.length === 0) return;
        // Exiting here rather than throwing keeps Astro's stack trace, which would bury the list, off the screen.
        logger.error(`${formatProblems(problems)}\nビルドを中止しました。`);
        process.exit(1);
      },
    },
  };
}
