/** Once the build is done, puts right the markup of every page that the standard does not allow (src/lib/markup/valid-markup.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import { withIslandStyleInHead, withoutScriptAriaHidden } from '../lib/markup/valid-markup';
import { htmlFiles } from './html-files';

export function validMarkup(): AstroIntegration {
  return {
    name: 'co-guide:valid-markup',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const valid = withIslandStyleInHead(withoutScriptAriaHidden(html), ISLAND_STYLES);
          if (valid !== html) await writeFile(file, valid);
        }
      },
    },
  };
}
