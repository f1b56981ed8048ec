/**
 * The organisation self-check's data as its result uses it: cached modules, not page props. The questionnaire
 * imports only ./org-check-questions; this adds the rules, 浸透ステップ and measures and loads with the result.
 */
import measures from 'virtual:co-guide/data/measures';
import rules from 'virtual:co-guide/data/org-check-rules';
import steps from 'virtual:co-guide/data/penetration-steps';
import type { OrgCheckData } from '../../lib/org-check/engine';
import { orgCheckQuestions } from './org-check-questions';

export const orgCheckData: OrgCheckData = { ...orgCheckQuestions, rules, steps, measures };
