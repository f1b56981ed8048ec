/**
 * Opening a survey export: recognise spreadsheets we cannot read, decode the text, split it into records and
 * propose a column mapping. Kept apart from reading the rows so that HR can correct the mapping in between.
 */
import type { SelfCheckData } from '../self-check/engine';
import { countRecords, detectSeparator, forEachRecord } from './csv-parse';
import { proposeMapping, type ColumnRole } from './survey-import';
import { decodeText, isSpreadsheetFile, type TextEncodingName } from './text-encoding';

export type OpenedSurvey =
  | { ok: true; encoding: TextEncodingName; text: string; separator: ',' | '\t'; header: string[]; sample: string[]; rows: number; mapping: ColumnRole[] }
  | { ok: false; message: string };

/**
 * Why not .xlsx: the registry's SheetJS (0.18.5) has published advisories fixed only off the registry, and the
 * maintained alternatives add hundreds of kilobytes to a page HR opens once; every tool exports CSV anyway.
 */
export const SPREADSHEET_MESSAGE =
  'Excelなどの表計算ファイル（.xlsx / .xls）はそのまま読み込めません。表計算ソフトで開き、「名前を付けて保存」で「CSV UTF-8（コンマ区切り）」または「CSV（コンマ区切り）」を選んで保存したファイルを選んでください。Microsoft Forms では「Excelで開く」の後に、Googleフォームでは回答のスプレッドシートの「ファイル」→「ダウンロード」→「カンマ区切り形式（.csv）」で作れます。';

export function openSurvey(bytes: Uint8Array, fileName: string, data: Pick<SelfCheckData, 'instrument'>): OpenedSurvey {
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(fileName) || isSpreadsheetFile(bytes)) return { ok: false, message: SPREADSHEET_MESSAGE };
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') return { ok: false, message: 'ファイルが空です。' };
  const separator = detectSeparator(text);
  const first: string[][] = [];
  forEachRecord(text, separator, (r) => first.push(r) < 2);
  const header = (first[0] ?? []).map((h) => h.trim());
  const rows = countRecords(text) - 1;
  if (rows < 1) return { ok: false, message: '見出しの行しかありません。回答の行が入ったファイルを選んでください。' };
  return { ok: true, encoding, text, separator, header, sample: first[1] ?? [], rows, mapping: proposeMapping(header, data) };
}
