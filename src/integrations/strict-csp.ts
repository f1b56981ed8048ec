/**
 * An Astro integration that, once the build is done, rewrites each page's CSP meta tag so that script-src allows
 * exactly that page's inline scripts by hash (see src/lib/script-hashes.ts). Running on the built files means a
 * page added by any other part of the build gets the same treatment. The dev server keeps 'unsafe-inline':
 * Vite injects inline scripts there. The head's stylesheets and module preloads are moved in front of the policy's
 * tag, where the browser's preload scanner still sees them (src/lib/fetches-before-csp.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withFetchesBeforeCsp } from '../lib/fetches-before-csp';
import { hashPageScripts } from '../lib/script-hashes';
import { htmlFiles } from './html-files';

export function strictCsp(): AstroIntegration {
  return {
    name: 'co-guide:strict-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const hashed = hashPageScripts(html);
          if (hashed === null) continue;
          // The preload scanner starts nothing after the policy's tag: what the page needs first goes before it.
          await writeFile(file, withFetchesBeforeCsp(hashed) ?? hashed);
          pages++;
        }
        logger.info(`script-src hashed on ${pages} pages`);
      },
    },
  };
}
