/** What the organisation self-check's questions need (the instrument), apart from what only a result needs (./org-check). */
import instrument from 'virtual:co-guide/data/instruments/org-check';
import type { OrgCheckQuestionData } from '../../lib/org-check/engine';

export const orgCheckQuestions: OrgCheckQuestionData = { instrumentId: 'org-check', instrument };
