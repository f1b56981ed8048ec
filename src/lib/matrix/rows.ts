/**
 * Figures for the C/O × 事業貢献 matrix: parsing pasted CSV/TSV (`ラベル,C/O体現度,事業貢献[,人数]`), with a message
 * for every row that cannot be used, naming the row; classifying rows into quadrants; the median split; writing
 * them back as CSV. Pure.
 */
import type { MatrixSettings } from '../../schemas/matrix';
import { toCsv, unneutralise } from '../csv';

export interface MatrixRow {
  label: string;
  co: number;
  contribution: number;
  /** How many people the figures stand for, when given: groups smaller than the site's minimum are not shown. */
  headcount?: number;
}

export interface RowProblem {
  /** 1-based line number in the pasted text. */
  line: number;
  message: string;
}

export interface ParsedRows {
  rows: MatrixRow[];
  problems: RowProblem[];
}

const MAX_ROWS = 500;

/** Splits a line on tabs, or commas (half- or full-width), honouring simple double quotes. */
function splitLine(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : ',';
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim());
}

const toNumber = (text: string): number | null => {
  const t = text.replace(/[点%％\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};

const show = (s: string) => (s.length > 20 ? `${s.slice(0, 20)}…` : s);

export function parseMatrixRows(text: string): ParsedRows {
  // NFKC turns full-width digits, commas and letters into their ordinary forms.
  const lines = text.normalize('NFKC').split(/\r\n|\r|\n/);
  const rows: MatrixRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  lines.forEach((raw, i) => {
    const line = i + 1;
    // Every problem names its row first, so HR can find it in the pasted text.
    const problem = (message: string) => void problems.push({ line, message: `${line}行目：${message}` });
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const cells = splitLine(raw);
    if (rows.length === 0 && problems.length === 0 && cells.length >= 3 && toNumber(cells[1]!) === null && toNumber(cells[2]!) === null) return; // header
    if (cells.length < 3) return problem(`「ラベル, C/O体現度, 事業貢献」の3つの値が必要です（${cells.length}つしかありません）。`);
    if (cells.length > 4 && cells.slice(4).some((c) => c !== '')) return problem(`値が多すぎます。「ラベル, C/O体現度, 事業貢献」と、あれば人数の4つまでにしてください。`);
    const headcountText = (cells[3] ?? '').replace(/人$/, '');
    const headcount = headcountText === '' ? undefined : /^\d+$/.test(headcountText) ? Number(headcountText) : null;
    if (headcount === null) return problem(`人数「${show(cells[3]!)}」が0以上の整数ではありません。`);
    const [labelCell, coText, contributionText] = cells as [string, string, string];
    // A label this site saved as `'=…` (formula-neutralised CSV) reads back as it was typed.
    const label = unneutralise(labelCell);
    if (!label) return problem(`ラベル（年代や部署の名前）が空です。`);
    const co = toNumber(coText);
    const contribution = toNumber(contributionText);
    if (co === null) return problem(`C/O体現度「${show(coText)}」が数値ではありません。`);
    if (contribution === null) return problem(`事業貢献「${show(contributionText)}」が数値ではありません。`);
    if (co < 0 || co > 100) return problem(`C/O体現度 ${co} が 0〜100 の範囲にありません。`);
    if (contribution < 0 || contribution > 100) return problem(`事業貢献 ${contribution} が 0〜100 の範囲にありません。`);
    const before = seen.get(label);
    if (before !== undefined) return problem(`ラベル「${show(label)}」は${before}行目と重複しています。`);
    if (rows.length >= MAX_ROWS) return problem(`行が多すぎます（${MAX_ROWS}行まで）。`);
    seen.set(label, line);
    rows.push(headcount === undefined ? { label, co, contribution } : { label, co, contribution, headcount });
  });
  return { rows, problems };
}

/** The rows as the CSV file the matrix saves (through the site's one CSV writer); `parseMatrixRows` reads it back. */
export function rowsToCsv(rows: readonly MatrixRow[]): string {
  const counted = rows.some((r) => r.headcount !== undefined);
  const header = ['ラベル', 'C/O体現度', '事業貢献', ...(counted ? ['人数'] : [])];
  return toCsv([header, ...rows.map((r) => [r.label, r.co, r.contribution, ...(counted ? [r.headcount ?? ''] : [])])]);
}

/** Whether a row stands for too few people to be shown (only rows that give a headcount can be). */
export const isTooSmall = (row: MatrixRow, minSize: number) => row.headcount !== undefined && row.headcount < minSize;

const median = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? null : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The split at the medians of the rows shown, so that about half fall on each side of each axis; null when empty. */
export function medianSplit(rows: readonly MatrixRow[]): MatrixSettings['split'] | null {
  const co = median(rows.map((r) => r.co));
  const contribution = median(rows.map((r) => r.contribution));
  return co === null || contribution === null ? null : { co, contribution };
}

export type QuadrantId = 'a' | 'b' | 'c' | 'd';

/** A: high/high, B: low C/O high contribution, C: high C/O low contribution, D: low/low. The split value counts as high. */
export function quadrantOf(row: Pick<MatrixRow, 'co' | 'contribution'>, split: MatrixSettings['split']): QuadrantId {
  const highCo = row.co >= split.co;
  const highContribution = row.contribution >= split.contribution;
  if (highCo) return highContribution ? 'a' : 'c';
  return highContribution ? 'b' : 'd';
}
