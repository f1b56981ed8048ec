/** What the team view needs beside the self-check's data: the gap view's pairs and the organisation instrument. */
import mapping from 'virtual:co-guide/data/gap-mapping';
import type { GapMapping } from '../../schemas/gap-mapping';
import type { OrgCheckForGap } from '../team/GapView';
import { orgCheckQuestions } from './org-check-questions';

export const gapData: { org: OrgCheckForGap; mapping: GapMapping } = { org: orgCheckQuestions, mapping };
