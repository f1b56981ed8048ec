/**
 * The self-check's data as its result and the team view use it: cached modules, not page props.
 * The questionnaire imports only ./self-check-questions; this adds what a result needs and loads with the result.
 */
import fudoGroups from 'virtual:co-guide/data/fudo-groups';
import measures from 'virtual:co-guide/data/measures';
import rules from 'virtual:co-guide/data/self-check-rules';
import type { SelfCheckData } from '../../lib/self-check/engine';
import { selfCheckQuestions } from './self-check-questions';

export const selfCheckData: SelfCheckData = { ...selfCheckQuestions, rules, fudoGroups, measures };
