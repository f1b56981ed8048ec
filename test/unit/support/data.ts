import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { ageBandSchema } from '@/schemas/age-band';
import { fudoGroupSchema } from '@/schemas/fudo-group';
import { instrumentSchema } from '@/schemas/instrument';
import { measureSchema } from '@/schemas/measure';
import { penetrationStepSchema } from '@/schemas/penetration-step';
import { selfCheckRulesSchema } from '@/schemas/self-check-rules';
import { talkSheetSchema } from '@/schemas/talk-sheet';
import type { SelfCheckData } from '@/lib/self-check/engine';

/** Reads a data file from content/ and validates it with the schema the build uses. */
export const load = <T extends z.ZodType>(path: string, schema: T): z.output<T> => schema.parse(parse(readFileSync(`content/${path}`, 'utf8')));

export const ageBands = () => load('data/age-bands.yaml', z.array(ageBandSchema));
export const fudoGroups = () => load('data/fudo-groups.yaml', z.array(fudoGroupSchema));
export const measures = () => load('data/measures.yaml', z.array(measureSchema));
export const penetrationSteps = () => load('data/penetration-steps.yaml', z.array(penetrationStepSchema));
export const talkSheets = () => load('data/talk-sheets.yaml', z.array(talkSheetSchema));

/** The real self-check data, exactly as the build hands it to the island. */
export function selfCheckData(): SelfCheckData {
  return {
    instrumentId: 'self-check',
    instrument: load('data/instruments/self-check.yaml', instrumentSchema),
    rules: load('data/self-check-rules.yaml', selfCheckRulesSchema),
    ageBands: ageBands(),
    fudoGroups: fudoGroups(),
    measures: measures(),
  };
}

import { orgCheckRulesSchema } from '@/schemas/org-check-rules';
import type { OrgCheckData } from '@/lib/org-check/engine';

/** The real organisation self-check data, as the build hands it to the island. */
export function orgCheckData(): OrgCheckData {
  return {
    instrumentId: 'org-check',
    instrument: load('data/instruments/org-check.yaml', instrumentSchema),
    rules: load('data/org-check-rules.yaml', orgCheckRulesSchema),
    steps: penetrationSteps(),
    measures: measures(),
  };
}
