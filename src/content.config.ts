import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentRoot, readSiteSettings } from './lib/settings/read-site-settings';
import { disabledChapters } from './lib/settings/tool-pages';

// Content lives in the top-level content/ folder, apart from code. CONTENT_DIR points the build at
// another copy (the scale benchmark and the invalid-content test use it).
const root = contentRoot();
const offChapters = disabledChapters(readSiteSettings(root));

// The data files in content/data/ are not collections: pages and widgets alike import them as modules
// (`virtual:co-guide/data/<name>`), listed once in src/data/catalogue.ts.
export const collections = {
  /** Chapters of the guide (MDX); the sidebar order is set in astro.config.mjs. */
  docs: defineCollection({
    // A tool the organisation switched off (data/site-settings.yaml) has no page at all.
    loader: glob({ pattern: ['**/[^_]*.{md,mdx}', ...offChapters.map((c) => `!${c}.mdx`)], base: `${root}/chapters` }),
    schema: docsSchema(),
  }),
  /** Starlight's UI strings adjusted for this site (src/i18n/ja.json); Starlight warns when the collection is missing. */
  i18n: defineCollection({ loader: glob({ pattern: '*.json', base: './src/i18n' }), schema: i18nSchema() }),
};
