/**
 * Opening a survey export: recognise spreadsheets we cannot read, decode the text, read it once through to count
 * its rows and learn each column (how many distinct values, whether it looks like free text), and propose a
 * column mapping. Kept apart from reading the rows so that HR can correct the mapping in between. Work is bounded:
 * a file wider than MAX_COLUMNS is refused before any column reaches the page, and no more than MAX_GROUPS
 * distinct values are kept per column.
 */
import type { SelfCheckData } from '../self-check/engine';
import { csvProblemText, detectSeparator, forEachRecord, type CsvProblem } from './csv-parse';
import { proposeMapping, type ColumnRole } from './survey-import';
import { decodeText, isSpreadsheetFile, mixedEncodingText, SPREADSHEET_MESSAGE, type TextEncodingName } from './text-encoding';

/** The widest file read: the questionnaire has a few dozen columns; thousands mean a wrong file or a pivot. */
export const MAX_COLUMNS = 200;
/** The most distinct values a breakdown column (部署…) may have; more cannot be shown as groups anyway. */
export const MAX_GROUPS = 300;
/** Distinct values of a column sent to the page with their counts (for the age values HR places). */
export const VALUES_LISTED = 50;
/** CSV faults named one by one; the rest are counted. */
const PROBLEMS_LISTED = 20;

export interface ColumnFacts {
  /** Distinct non-empty values, counted up to MAX_GROUPS + 1. */
  distinct: number;
  /** Long, mostly distinct values: comments rather than a classification. */
  freeText: boolean;
  /** Each distinct value with its row count, when there are at most VALUES_LISTED. */
  values: [string, number][] | null;
}

export interface Opened {
  encoding: TextEncodingName;
  separator: ',' | '\t';
  header: string[];
  sample: string[];
  rows: number;
  mapping: ColumnRole[];
  columns: ColumnFacts[];
  /** Things HR should know before reading: CSV faults, mixed encodings. */
  notes: string[];
}

export type OpenedSurvey = ({ ok: true; text: string } & Opened) | { ok: false; message: string };

export const tooWideMessage = (columns: number) =>
  `このファイルには列が${columns.toLocaleString('ja-JP')}あります。読み込めるのは${MAX_COLUMNS}列までです。設問の列と、部署などの分類に使う列だけを残したCSVを作り、選び直してください。`;

/** A comment column: values average this many characters or more, and most of them differ. */
const FREE_TEXT_LENGTH = 12;
const FREE_TEXT_DISTINCT = 0.6;

export type OpenProgress = (done: number, total: number) => void;

export function openSurvey(bytes: Uint8Array, fileName: string, data: Pick<SelfCheckData, 'instrument'>, onProgress?: OpenProgress): OpenedSurvey {
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(fileName) || isSpreadsheetFile(bytes)) return { ok: false, message: SPREADSHEET_MESSAGE };
  const { text, encoding, mixed } = decodeText(bytes);
  if (text.trim() === '') return { ok: false, message: 'ファイルが空です。' };
  const separator = detectSeparator(text);
  let header: string[] = [];
  let sample: string[] = [];
  let rows = -1;
  let tooWide = 0;
  const counts: Map<string, number>[] = [];
  const lengths: number[] = [];
  const filled: number[] = [];
  const problems: CsvProblem[] = [];
  let moreProblems = 0;
  forEachRecord(
    text,
    separator,
    (cells, place) => {
      rows++;
      if (rows === 0) {
        if (cells.length > MAX_COLUMNS) {
          tooWide = cells.length;
          return false;
        }
        header = cells.map((h) => h.trim());
        header.forEach(() => (counts.push(new Map()), lengths.push(0), filled.push(0)));
        return;
      }
      if (rows === 1) sample = cells;
      for (let c = 0; c < header.length; c++) {
        const v = (cells[c] ?? '').trim();
        if (v === '') continue;
        filled[c]!++;
        lengths[c]! += v.length;
        const m = counts[c]!;
        const n = m.get(v);
        if (n !== undefined) m.set(v, n + 1);
        else if (m.size <= MAX_GROUPS) m.set(v, 1);
      }
      if (onProgress && rows % 5000 === 0) onProgress(place.end, text.length);
    },
    (p) => (problems.length < PROBLEMS_LISTED ? problems.push(p) : moreProblems++),
  );
  if (tooWide) return { ok: false, message: tooWideMessage(tooWide) };
  if (rows < 1) return { ok: false, message: '見出しの行しかありません。回答の行が入ったファイルを選んでください。' };
  const columns: ColumnFacts[] = header.map((_, c) => {
    const m = counts[c]!;
    const n = filled[c]!;
    return {
      distinct: m.size,
      freeText: n > 0 && lengths[c]! / n >= FREE_TEXT_LENGTH && m.size / n >= FREE_TEXT_DISTINCT,
      values: m.size <= VALUES_LISTED ? [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) : null,
    };
  });
  // Comments and columns with more values than groups can show are not proposed as breakdowns: HR may choose them.
  const mapping = proposeMapping(header, data).map((m, c): ColumnRole => (m.kind === 'extra' && (columns[c]!.freeText || columns[c]!.distinct > MAX_GROUPS) ? { kind: 'ignore' } : m));
  const notes = [...(mixed ? [mixedEncodingText(mixed, encoding)] : []), ...problems.map(csvProblemText)];
  if (moreProblems) notes.push(`ほかにも二重引用符の誤りが${moreProblems.toLocaleString('ja-JP')}か所あります。`);
  return { ok: true, encoding, text, separator, header, sample, rows, mapping, columns, notes };
}
