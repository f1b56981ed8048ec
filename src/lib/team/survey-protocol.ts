/** Messages between the team view and its survey worker (src/workers/survey-worker.ts). */
import type { SelfCheckData } from '../self-check/engine';
import type { AgeValueChoices } from './age-values';
import type { Pool } from './pool';
import type { TeamSummary } from './team-summary';
import type { Opened } from './survey-file';
import type { ColumnRole, RowProblem } from './survey-import';

export type ToSurveyWorker = { type: 'open'; file: File; data: SelfCheckData } | { type: 'read'; mapping: ColumnRole[]; ageValues: AgeValueChoices; minSize: number };

export type FromSurveyWorker =
  | ({ type: 'opened' } & Omit<Opened, 'separator'>)
  | { type: 'failed'; phase: 'open' | 'read'; message: string }
  | { type: 'progress'; phase: 'open' | 'read'; done: number; total: number }
  | { type: 'done'; pool: Pool; problems: RowProblem[]; summary: TeamSummary };

/** What HR reads when the worker fails on a file in a way it cannot name (it threw, or the worker itself crashed). */
export const SURVEY_UNREADABLE = 'ファイルを読み込めませんでした。CSVとして保存し直したファイルで試してください。';
