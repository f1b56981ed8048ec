/** Messages between the team view and its results worker (src/workers/results-worker.ts). */
import type { SelfCheckData } from '../self-check/engine';
import type { ResultsRead } from './read-results';
import type { TeamSummary } from './team-summary';

export type ToResultsWorker = { type: 'read'; text: string; files: File[]; data: SelfCheckData; minSize: number };

export type FromResultsWorker = { type: 'progress'; entries: number } | { type: 'failed'; name: string } | ({ type: 'done'; summary: TeamSummary } & ResultsRead);
