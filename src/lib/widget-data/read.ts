/**
 * The data files the widgets use, read at build time with the schemas and ordering of the content collections
 * (src/content.config.ts): a list file's entries in file order, each stamped with its position; the 浸透ステップ by
 * `order`. The build serves each as a module of its own (src/integrations/widget-data.ts), so a browser caches it
 * once for every page that uses it, and checks that it equals what the collections give (src/components/same-data.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ageBandSchema } from '../../schemas/age-band';
import { fudoGroupSchema } from '../../schemas/fudo-group';
import { gapMappingSchema } from '../../schemas/gap-mapping';
import { instrumentSchema } from '../../schemas/instrument';
import { measureSchema } from '../../schemas/measure';
import { orgCheckRulesSchema } from '../../schemas/org-check-rules';
import { penetrationStepSchema } from '../../schemas/penetration-step';
import { selfCheckRulesSchema } from '../../schemas/self-check-rules';
import { searchSynonymSchema } from '../../schemas/search-synonym';

type Reader = (text: string) => unknown;

const one =
  (schema: z.ZodType): Reader =>
  (text) =>
    schema.parse(parse(text));
const ordered =
  (schema: z.ZodType): Reader =>
  (text) => {
    const list: unknown = parse(text);
    if (!Array.isArray(list)) throw new Error('このデータファイルは「- id: …」で始まる項目のリストにしてください');
    return list.map((entry, position) => schema.parse({ ...(entry as object), position }));
  };

/** Module name (after `virtual:co-guide/data/`) → data file under content/data/ and how to read it. */
export const WIDGET_DATA: Record<string, { file: string; read: Reader }> = {
  measures: { file: 'measures.yaml', read: ordered(measureSchema) },
  'age-bands': { file: 'age-bands.yaml', read: ordered(ageBandSchema) },
  'fudo-groups': { file: 'fudo-groups.yaml', read: ordered(fudoGroupSchema) },
  'penetration-steps': {
    file: 'penetration-steps.yaml',
    read: (text) => (parse(text) as unknown[]).map((e) => penetrationStepSchema.parse(e)).sort((a, b) => a.order - b.order),
  },
  'self-check-rules': { file: 'self-check-rules.yaml', read: one(selfCheckRulesSchema) },
  'org-check-rules': { file: 'org-check-rules.yaml', read: one(orgCheckRulesSchema) },
  'gap-mapping': { file: 'gap-mapping.yaml', read: one(gapMappingSchema) },
  'instruments/self-check': { file: 'instruments/self-check.yaml', read: one(instrumentSchema) },
  'instruments/org-check': { file: 'instruments/org-check.yaml', read: one(instrumentSchema) },
  // The search dialog's synonym groups (src/lib/search/understand-query.ts).
  'search-synonyms': { file: 'search-synonyms.yaml', read: (text) => (parse(text) as unknown[]).map((e) => searchSynonymSchema.parse(e)) },
};

/** The path of a widget data module's file, or undefined for an unknown name. */
export const widgetDataFile = (contentDir: string, name: string) => (WIDGET_DATA[name] ? join(contentDir, 'data', WIDGET_DATA[name].file) : undefined);

/** The source of a widget data module: the data as one JSON string, which a browser parses faster than a literal. */
export function widgetDataModule(contentDir: string, name: string): string {
  const spec = WIDGET_DATA[name];
  if (!spec) throw new Error(`unknown widget data module: ${name}`);
  const value = spec.read(readFileSync(join(contentDir, 'data', spec.file), 'utf8'));
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}
