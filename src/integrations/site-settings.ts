/**
 * Puts the organisation's settings (content/data/site-settings.yaml) where the build needs them: islands read
 * them from `virtual:co-guide/site-settings`, and once the build is done every link to a switched-off tool is
 * taken out of the pages (see src/lib/settings/unlink-pages.ts). Listed before Starlight, so that the search
 * index is made from the pages as they are served.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../schemas/site-settings';
import { disabledPaths } from '../lib/settings/tool-pages';
import { dropMissingTocEntries, unlinkPages } from '../lib/settings/unlink-pages';
import { htmlFiles } from './html-files';
import { withTrailingSlash } from '../lib/base-path';

const VIRTUAL_ID = 'virtual:co-guide/site-settings';

/** The bundler's side of it, also used by the component tests (vitest.config.ts). */
export const siteSettingsPlugin = (settings: SiteSettings) => ({
  name: 'co-guide:site-settings',
  resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
  load: (id: string) => (id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(settings)};` : undefined),
});

export function siteSettings(settings: SiteSettings): AstroIntegration {
  let base = '/';
  return {
    name: 'co-guide:site-settings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [siteSettingsPlugin(settings)] } });
      },
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const gone = disabledPaths(settings);
        if (gone.length === 0) return;
        let pages = 0;
        const root = fileURLToPath(dir);
        const gonePaths = gone.map((p) => `${base}${p}`);
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          // dist/tools/model/index.html is served as /base/tools/model/
          const pagePath = base + relative(root, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
          const unlinked = dropMissingTocEntries(unlinkPages(html, pagePath, gonePaths));
          if (unlinked === html) continue;
          await writeFile(file, unlinked);
          pages++;
        }
        logger.info(`links to switched-off tools taken out of ${pages} pages`);
      },
    },
  };
}
