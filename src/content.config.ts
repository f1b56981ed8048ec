import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { parse as parseYaml } from 'yaml';
import { ageBandSchema } from './schemas/age-band';
import { fudoGroupSchema } from './schemas/fudo-group';
import { instrumentSchema } from './schemas/instrument';
import { matrixSchema } from './schemas/matrix';
import { measureSchema } from './schemas/measure';
import { orgCheckRulesSchema } from './schemas/org-check-rules';
import { penetrationStepSchema } from './schemas/penetration-step';
import { selfCheckRulesSchema } from './schemas/self-check-rules';
import { talkSheetSchema } from './schemas/talk-sheet';
import { gapMappingSchema } from './schemas/gap-mapping';
import { contentRoot, readSiteSettings } from './lib/settings/read-site-settings';
import { disabledChapters } from './lib/settings/tool-pages';

// Content lives in the top-level content/ folder, apart from code. CONTENT_DIR points the build at
// another copy (the scale benchmark and the invalid-content test use it).
const root = contentRoot();
const offChapters = disabledChapters(readSiteSettings(root));

/** A YAML list of entries with ids, keyed by id and stamped with each entry's position in the file. */
const orderedList = (text: string) => {
  const list: unknown = parseYaml(text);
  if (!Array.isArray(list)) throw new Error('このデータファイルは「- id: …」で始まる項目のリストにしてください');
  return Object.fromEntries(list.map((entry, position) => [String((entry as { id?: unknown })?.id ?? `#${position + 1}`), { ...(entry as object), position }]));
};
export const collections = {
  /** Chapters of the guide (MDX); the sidebar order is set in astro.config.mjs. */
  docs: defineCollection({
    // A tool the organisation switched off (data/site-settings.yaml) has no page at all.
    loader: glob({ pattern: ['**/[^_]*.{md,mdx}', ...offChapters.map((c) => `!${c}.mdx`)], base: `${root}/chapters` }),
    schema: docsSchema(),
  }),
  /** Starlight's UI strings adjusted for this site (src/i18n/ja.json); Starlight warns when the collection is missing. */
  i18n: defineCollection({ loader: glob({ pattern: '*.json', base: './src/i18n' }), schema: i18nSchema() }),
  measures: defineCollection({ loader: file(`${root}/data/measures.yaml`, { parser: orderedList }), schema: measureSchema }),
  ageBands: defineCollection({ loader: file(`${root}/data/age-bands.yaml`, { parser: orderedList }), schema: ageBandSchema }),
  fudoGroups: defineCollection({ loader: file(`${root}/data/fudo-groups.yaml`, { parser: orderedList }), schema: fudoGroupSchema }),
  talkSheets: defineCollection({ loader: file(`${root}/data/talk-sheets.yaml`, { parser: orderedList }), schema: talkSheetSchema }),
  penetrationSteps: defineCollection({ loader: file(`${root}/data/penetration-steps.yaml`), schema: penetrationStepSchema }),
  selfCheckRules: defineCollection({
    // A single-object file: the loader needs one entry, keyed by id.
    loader: file(`${root}/data/self-check-rules.yaml`, { parser: (text) => ({ 'self-check': parseYaml(text) }) }),
    schema: selfCheckRulesSchema,
  }),
  orgCheckRules: defineCollection({
    loader: file(`${root}/data/org-check-rules.yaml`, { parser: (text) => ({ 'org-check': parseYaml(text) }) }),
    schema: orgCheckRulesSchema,
  }),
  matrix: defineCollection({
    loader: file(`${root}/data/matrix.yaml`, { parser: (text) => ({ matrix: parseYaml(text) }) }),
    schema: matrixSchema,
  }),
  gapMapping: defineCollection({
    loader: file(`${root}/data/gap-mapping.yaml`, { parser: (text) => ({ gap: parseYaml(text) }) }),
    schema: gapMappingSchema,
  }),
  instruments: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${root}/data/instruments` }),
    schema: instrumentSchema,
  }),
};
