/** The organisation self-check's data as its island uses it: cached modules, not page props. */
import instrument from 'virtual:co-guide/data/instruments/org-check';
import measures from 'virtual:co-guide/data/measures';
import rules from 'virtual:co-guide/data/org-check-rules';
import steps from 'virtual:co-guide/data/penetration-steps';
import type { OrgCheckData } from '../../lib/org-check/engine';

export const orgCheckData: OrgCheckData = { instrumentId: 'org-check', instrument, rules, steps, measures };
