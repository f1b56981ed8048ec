import type { AstroIntegration } from 'astro';
import { widgetDataFile, widgetDataModule } from '../lib/widget-data/read';

const PREFIX = 'virtual:co-guide/data/';

/**
 * Serves each data file the widgets use as a module (`import measures from 'virtual:co-guide/data/measures'`):
 * the bundler gives it a hashed file of its own, which the browser caches once for every page, instead of the
 * data riding in each page's HTML as island props.
 */
export function widgetData(contentDir: string): AstroIntegration {
  return {
    name: 'co-guide:widget-data',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'co-guide:widget-data',
                resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
                load(id) {
                  if (!id.startsWith(`\0${PREFIX}`)) return undefined;
                  const name = id.slice(PREFIX.length + 1);
                  const file = widgetDataFile(contentDir, name);
                  if (file) this.addWatchFile(file);
                  return widgetDataModule(contentDir, name);
                },
              },
            ],
          },
        });
      },
    },
  };
}
