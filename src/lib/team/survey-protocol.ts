/** Messages between the team view and its survey worker (src/workers/survey-worker.ts). */
import type { SelfCheckData } from '../self-check/engine';
import type { Pool } from './pool';
import type { ColumnRole, RowProblem } from './survey-import';
import type { TextEncodingName } from './text-encoding';

export type ToSurveyWorker = { type: 'open'; bytes: ArrayBuffer; fileName: string; data: SelfCheckData } | { type: 'read'; mapping: ColumnRole[] };

export type FromSurveyWorker =
  | { type: 'opened'; encoding: TextEncodingName; header: string[]; sample: string[]; rows: number; mapping: ColumnRole[] }
  | { type: 'failed'; message: string }
  | { type: 'progress'; phase: 'open' | 'read'; done: number; total: number }
  | { type: 'done'; pool: Pool; problems: RowProblem[] };
