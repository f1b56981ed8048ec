/**
 * What the self-check's questions need (instrument and age bands), apart from what only a result needs
 * (./self-check), so the questionnaire starts without the rules, 不動層 groups and measures.
 */
import ageBands from 'virtual:co-guide/data/age-bands';
import instrument from 'virtual:co-guide/data/instruments/self-check';
import type { SelfCheckQuestionData } from '../../lib/self-check/engine';

export const selfCheckQuestions: SelfCheckQuestionData = { instrumentId: 'self-check', instrument, ageBands };
