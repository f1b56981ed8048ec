/**
 * What the team view needs beside the self-check's data: the gap view's pairs, the organisation instrument, and the
 * sentences that read the team result's figures.
 */
import mapping from 'virtual:co-guide/data/gap-mapping';
import sentences from 'virtual:co-guide/data/team-sentences';
import type { GapMapping } from '../../schemas/gap-mapping';
import type { TeamSentences } from '../../schemas/team-sentence';
import type { OrgCheckQuestionData } from '../../lib/org-check/engine';
import { orgCheckQuestions } from './org-check-questions';

export const gapData: { org: OrgCheckQuestionData; mapping: GapMapping; sentences: TeamSentences } = { org: orgCheckQuestions, mapping, sentences };
