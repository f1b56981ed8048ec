/** The self-check's data as its island, the item sheet and the team view use it: cached modules, not page props. */
import ageBands from 'virtual:co-guide/data/age-bands';
import fudoGroups from 'virtual:co-guide/data/fudo-groups';
import instrument from 'virtual:co-guide/data/instruments/self-check';
import measures from 'virtual:co-guide/data/measures';
import rules from 'virtual:co-guide/data/self-check-rules';
import type { SelfCheckData } from '../../lib/self-check/engine';

export const selfCheckData: SelfCheckData = { instrumentId: 'self-check', instrument, rules, ageBands, fudoGroups, measures };
