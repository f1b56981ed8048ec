/**
 * An Astro integration that, once the build is done, rewrites each page's CSP meta tag so that script-src allows
 * exactly that page's inline scripts by hash (see src/lib/script-hashes.ts). Running on the built files means a
 * page added by any other part of the build gets the same treatment. The dev server keeps 'unsafe-inline':
 * Vite injects inline scripts there.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
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
          await writeFile(file, hashed);
          pages++;
        }
        logger.info(`script-src hashed on ${pages} pages`);
      },
    },
  };
}
