/**
 * What the survey worker does once HR has confirmed the mapping: read every row, drop repeated respondents, score
 * every respondent and pool the results, record by record, so that a 30 MB file never lives in memory as millions
 * of cells. Kept as a plain function so that unit tests and `npm run bench` run exactly the worker's work.
 */
import type { SelfCheckData } from '../self-check/engine';
import type { AgeValueChoices } from './age-values';
import { forEachRecord } from './csv-parse';
import { duplicateFinder } from './duplicates';
import { poolBuilder, type Pool } from './pool';
import { rowReader, type ColumnRole, type RowProblem } from './survey-import';

export interface SurveyAnalysis {
  pool: Pool;
  problems: RowProblem[];
}

/** Rows between two progress reports: each makes the page draw its progress bar, which a busy machine feels. */
const PROGRESS_EVERY = 10_000;

/** Progress in characters of the file read so far. */
export type Progress = (done: number, total: number) => void;

export interface AnalysisOptions {
  onProgress?: Progress;
  /** HR's band (or 「使わない」) for each age value that is not a band. */
  ageValues?: AgeValueChoices;
}

export function analyseSurvey(text: string, separator: ',' | '\t', mapping: readonly ColumnRole[], data: SelfCheckData, options: AnalysisOptions = {}): SurveyAnalysis {
  const { onProgress, ageValues } = options;
  let reader: ReturnType<typeof rowReader> | null = null;
  let builder: ReturnType<typeof poolBuilder> | null = null;
  let duplicate: ReturnType<typeof duplicateFinder> | null = null;
  const problems: RowProblem[] = [];
  let records = 0;
  forEachRecord(text, separator, (cells, { row, end }) => {
    if (!reader) {
      reader = rowReader(cells, mapping, data, ageValues);
      builder = poolBuilder(data, reader.extraColumns);
      duplicate = duplicateFinder(cells);
      return;
    }
    const repeated = duplicate!(cells, row);
    const r = repeated === null ? reader.read(cells) : ({ ok: false, message: repeated } as const);
    const refused = r.ok ? builder!.add(r.set, r.extras) : r.message;
    if (refused) problems.push({ row, message: refused });
    if (onProgress && ++records % PROGRESS_EVERY === 0) onProgress(end, text.length);
  });
  onProgress?.(text.length, text.length);
  return { pool: (builder ?? poolBuilder(data)).result(), problems };
}
