import { readDataFile } from '@/data/read-file';
import type { SelfCheckData } from '@/lib/self-check/engine';
import type { OrgCheckData } from '@/lib/org-check/engine';

/** The real data files, read through the catalogue exactly as the build serves them to pages and widgets. */
export const ageBands = () => readDataFile('content', 'age-bands');
export const fudoGroups = () => readDataFile('content', 'fudo-groups');
export const measures = () => readDataFile('content', 'measures');
export const penetrationSteps = () => readDataFile('content', 'penetration-steps');
export const talkSheets = () => readDataFile('content', 'talk-sheets');

/** The real self-check data, exactly as the build hands it to the island. */
export function selfCheckData(): SelfCheckData {
  return {
    instrumentId: 'self-check',
    instrument: readDataFile('content', 'instruments/self-check'),
    rules: readDataFile('content', 'self-check-rules'),
    ageBands: ageBands(),
    fudoGroups: fudoGroups(),
    measures: measures(),
  };
}

/** The real organisation self-check data, as the build hands it to the island. */
export function orgCheckData(): OrgCheckData {
  return {
    instrumentId: 'org-check',
    instrument: readDataFile('content', 'instruments/org-check'),
    rules: readDataFile('content', 'org-check-rules'),
    steps: penetrationSteps(),
    measures: measures(),
  };
}
