/**
 * An Astro integration that, once the build is done, rewrites each page's CSP meta tag so that script-src allows
 * exactly that page's inline scripts by hash (see src/lib/script-hashes.ts). Running on the built files means a
 * page added by any other part of the build gets the same treatment. Only scripts the site itself emits are
 * hashed (src/integrations/known-scripts.ts): any other inline script stops the build with the page it is on, so a
 * script written into a page by a settings value or a chapter can never be allowed. The dev server keeps
 * 'unsafe-inline': Vite injects inline scripts there.
 * Each page's stylesheets, module preloads and body scripts are then put in the order its first paint needs
 * them (src/lib/first-paint-order.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inFirstPaintOrder } from '../lib/first-paint-order';
import { hashPageScripts } from '../lib/script-hashes';
import { htmlFiles } from './html-files';
import { ASTRO_ISLAND_SCRIPTS, inlineScriptsInComponents, recordClientChunks } from './known-scripts';

export function strictCsp(): AstroIntegration {
  const chunks = new Set<string>();
  let root = '';
  return {
    name: 'co-guide:strict-csp',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [recordClientChunks(chunks)] } });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const known = new Set([
          ...chunks,
          ...ASTRO_ISLAND_SCRIPTS,
          ...inlineScriptsInComponents(join(root, 'src')),
          ...inlineScriptsInComponents(join(root, 'node_modules/@astrojs/starlight/dist')),
        ]);
        const out = fileURLToPath(dir);
        const strangers: string[] = [];
        let pages = 0;
        for await (const file of htmlFiles(out)) {
          const html = await readFile(file, 'utf8');
          const unknown: string[] = [];
          const hashed = hashPageScripts(html, known, unknown);
          for (const text of unknown) strangers.push(`${relative(out, file)}: ${JSON.stringify(text.trim().slice(0, 80))}`);
          if (hashed === null) continue;
          await writeFile(file, inFirstPaintOrder(hashed) ?? hashed);
          pages++;
        }
        if (strangers.length > 0) {
          // A thrown error would bury the list under Astro's stack trace; the pages are left without hashes.
          logger.error(
            [
              `このサイトが出力していないスクリプトが ${strangers.length} か所でページに入っています（実行は許可していません）:`,
              ...strangers.slice(0, 20).map((s) => `  ${s}`),
              ...(strangers.length > 20 ? [`  ほか ${strangers.length - 20} か所`] : []),
              'content/data/site-settings.yaml の設定値や章の本文に <script> が書かれていないか確かめてください。ビルドを中止しました。',
            ].join('\n'),
          );
          process.exit(1);
        }
        logger.info(`script-src hashed on ${pages} pages`);
      },
    },
  };
}
