import { toCsv } from '../csv';
import { MAX_LISTED, type ImportProblem } from './import';
import type { RowProblem } from './survey-import';

/** More rows than this are not put on the page at once; the full list is offered as CSV. */
export const PROBLEMS_SHOWN = 500;

const count = (n: number) => n.toLocaleString('ja-JP');

/** The line under the result heading: how many were counted, and how many were not. */
export function countSentence(counted: number, problemCount: number): string {
  return `${count(counted)}件を集計しました。${problemCount > 0 ? `集計に入れなかったものが${count(problemCount)}件あります。` : ''}`;
}

/** The caption of the list of what was not counted, which says when some were left out of it. */
export function problemsCaption(moreProblems: number): string {
  return moreProblems > 0 ? `集計に入れなかったもの（先頭の${MAX_LISTED}件など。ほかに${count(moreProblems)}件は一覧から省略）` : '集計に入れなかったもの（1件ずつ）';
}

/** Everything that was not counted, as CSV with a header row. */
export function problemsCsv(problems: readonly ImportProblem[]): string {
  return toCsv([['出どころ', '行', '理由'], ...problems.map((p) => [p.source, p.line, p.message])]);
}

/** A survey import's row problems in the team view's terms: the file is the source, the row its line. */
export function surveyProblems(fileName: string, problems: readonly RowProblem[]): ImportProblem[] {
  return problems.map((p) => ({ source: fileName, line: p.row, message: p.message }));
}
