/**
 * What the results worker does when HR presses 「集計する」: read the pasted text and every result file, recompute
 * each result from its answers and pool them. A file that turns out to be a survey export is not read here: its
 * index is returned so that the page hands it to the survey import, where its columns are mapped. Kept as a plain
 * function so that unit tests and `npm run bench` run exactly the worker's work. Pure.
 */
import type { SelfCheckData } from '../self-check/engine';
import { createImporter, looksLikeTable, type ImportProblem } from './import';
import { poolBuilder, type Pool } from './pool';
import { decodeFile, FILE_READ_ERROR } from './text-encoding';

/** A chosen file as the worker has it: its name and bytes, or null when the browser could not read it. */
export interface ResultFile {
  name: string;
  bytes: Uint8Array | null;
}

export interface ResultsRead {
  problems: ImportProblem[];
  /** Problems past the listed ones, counted but not kept (a huge bad paste). */
  moreProblems: number;
  pool: Pool;
  /** Indices of the files that are survey exports (tables), left for the survey import. */
  surveys: number[];
}

/** Entries read so far; called every `every` entries. */
export type EntryProgress = (entries: number) => void;

export function readResults(text: string, files: readonly ResultFile[], data: SelfCheckData, onProgress?: EntryProgress, every = 2000): ResultsRead {
  const importer = createImporter(data);
  const surveys: number[] = [];
  let entries = 0;
  const read = (input: string, source: string) => {
    for (const _ of importer.readSteps(input, source)) if (++entries % every === 0) onProgress?.(entries);
  };
  read(text, '貼り付け');
  files.forEach((f, i) => {
    if (!f.bytes) return importer.refuse(f.name, FILE_READ_ERROR);
    const decoded = decodeFile(f.bytes);
    if (!decoded.ok) importer.refuse(f.name, decoded.message);
    else if (looksLikeTable(decoded.text)) surveys.push(i);
    else read(decoded.text, f.name);
  });
  const imported = importer.result();
  const pool = poolBuilder(data);
  const problems = [...imported.problems];
  for (const e of imported.entries) {
    const refused = pool.add(e.set);
    if (refused) problems.push({ source: e.source, line: e.line, message: refused });
  }
  return { problems, moreProblems: imported.moreProblems, pool: pool.result(), surveys };
}
