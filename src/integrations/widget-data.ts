import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleNames, type DataName } from '../data/catalogue';
import { dataFilePath, readDataFile } from '../data/read-file';

const PREFIX = 'virtual:co-guide/data/';
const catalogueFile = fileURLToPath(new URL('../data/catalogue.ts', import.meta.url));

/**
 * Serves each data file of the catalogue (src/data/catalogue.ts) as a module:
 * `import measures from 'virtual:co-guide/data/measures'`, in pages at build time and in widgets alike. The bundler
 * gives a widget's data a hashed file of its own, which the browser caches once for every page, instead of the data
 * riding in each page's HTML as island props. The modules' types are written from the same catalogue.
 */
export function widgetData(contentDir: string): AstroIntegration {
  return {
    name: 'co-guide:widget-data',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [dataModulesPlugin(contentDir)] } });
      },
      'astro:config:done': ({ injectTypes }) => {
        injectTypes({ filename: 'data-modules.d.ts', content: dataModuleTypes(catalogueFile) });
      },
    },
  };
}

/** The bundler's side of it, also used by the component tests (vitest.config.ts), which render islands without a build. */
export function dataModulesPlugin(contentFolder: string) {
  // Absolute: a watched file given relative is taken for an import by the test runner's module loader.
  const contentDir = resolve(contentFolder);
  const known = new Set<string>(moduleNames);
  return {
    name: 'co-guide:widget-data',
    resolveId: (id: string) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(this: { addWatchFile: (file: string) => void }, id: string) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const name = id.slice(PREFIX.length + 1);
      if (!known.has(name)) throw new Error(`unknown data module: ${name} (src/data/catalogue.ts)`);
      this.addWatchFile(dataFilePath(contentDir, name as DataName));
      return dataModuleSource(readDataFile(contentDir, name as DataName));
    },
  };
}

/** A data module's source: the data as one JSON string, which a browser parses faster than a literal. */
export const dataModuleSource = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

/** One `declare module` per catalogue entry, typed by its schema. */
export const dataModuleTypes = (catalogue: string) =>
  moduleNames
    .map((name) => `declare module '${PREFIX}${name}' {\n  const value: import('${catalogue.replace(/\.ts$/, '')}').DataOf<'${name}'>;\n  export default value;\n}\n`)
    .join('');
