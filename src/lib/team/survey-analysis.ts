/**
 * What the survey worker does once HR has confirmed the mapping: read every row, score every respondent and pool
 * the results, record by record, so that a 30 MB file never lives in memory as millions of cells. Kept as a plain
 * function so that unit tests and `npm run bench` run exactly the worker's work.
 */
import type { SelfCheckData } from '../self-check/engine';
import { forEachRecord } from './csv-parse';
import { poolBuilder, type Pool } from './pool';
import { rowReader, type ColumnRole, type RowProblem } from './survey-import';

export interface SurveyAnalysis {
  pool: Pool;
  problems: RowProblem[];
}

/** Progress in characters of the file read so far. */
export type Progress = (done: number, total: number) => void;

export function analyseSurvey(text: string, separator: ',' | '\t', mapping: readonly ColumnRole[], data: SelfCheckData, onProgress?: Progress): SurveyAnalysis {
  let reader: ReturnType<typeof rowReader> | null = null;
  let builder: ReturnType<typeof poolBuilder> | null = null;
  const problems: RowProblem[] = [];
  let row = 0;
  forEachRecord(text, separator, (cells, end) => {
    row++;
    if (!reader) {
      reader = rowReader(cells, mapping, data);
      builder = poolBuilder(data, reader.extraColumns);
      return;
    }
    const r = reader.read(cells);
    if (r.ok) builder!.add(r.set, r.extras);
    else problems.push({ row, message: r.message });
    if (onProgress && row % 2000 === 0) onProgress(end, text.length);
  });
  onProgress?.(text.length, text.length);
  return { pool: (builder ?? poolBuilder(data)).result(), problems };
}
