/** What the team view needs beside the self-check's data: the gap view's pairs and the organisation instrument. */
import mapping from 'virtual:co-guide/data/gap-mapping';
import type { GapMapping } from '../../schemas/gap-mapping';
import type { OrgCheckQuestionData } from '../../lib/org-check/engine';
import { orgCheckQuestions } from './org-check-questions';

export const gapData: { org: OrgCheckQuestionData; mapping: GapMapping } = { org: orgCheckQuestions, mapping };
