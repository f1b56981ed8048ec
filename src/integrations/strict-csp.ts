/**
 * An Astro integration that, once the build is done, rewrites each page's CSP meta tag so that script-src allows
 * exactly that page's inline scripts by hash (see src/lib/script-hashes.ts). Running on the built files means a
 * page added by any other part of the build gets the same treatment. The dev server keeps 'unsafe-inline':
 * Vite injects inline scripts there.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hashPageScripts } from '../lib/script-hashes';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

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
