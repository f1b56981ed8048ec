/**
 * Finding the same respondent twice in a survey export: the same response ID or e-mail address (one person
 * exported twice, or two exports joined), or a row identical to an earlier one cell for cell (the same file pasted
 * twice). The first row is kept and each later one is named with the row it repeats. Forms writes 「anonymous」
 * for anonymous answers: that is not an identity. Pure.
 */
import { normalise } from './survey-import';

/** Headers (folded) of columns that identify one response or one person. */
const IDENTITY = ['id', '回答者id', 'responseid', '社員番号', '従業員番号'];
const IDENTITY_PREFIX = ['メール', 'email', 'mailaddress'];
const NOT_AN_IDENTITY = new Set(['', 'anonymous', '匿名', '-']);
const LONGEST_NON_IDENTITY = Math.max(...[...NOT_AN_IDENTITY].map((v) => v.length));
const anonymous = (v: string) => v.length <= LONGEST_NON_IDENTITY && NOT_AN_IDENTITY.has(v.toLowerCase());

const isIdentity = (header: string) => {
  const h = normalise(header);
  return IDENTITY.includes(h) || IDENTITY_PREFIX.some((p) => h.startsWith(p));
};

/** Returns, for each data row in turn, why it repeats an earlier row, or null. */
export function duplicateFinder(header: readonly string[]): (cells: readonly string[], row: number) => string | null {
  const columns = header.flatMap((h, i) => (isIdentity(h) ? [i] : []));
  // One map per identity column, keyed by the value itself: no key text is built for each of 100,000 rows.
  const byIdentity = columns.map(() => new Map<string, number>());
  const values = columns.map(() => '');
  const byRow = new Map<string, number>();
  return (cells, row) => {
    let identified = false;
    for (let k = 0; k < columns.length; k++) {
      const c = columns[k]!;
      const v = (values[k] = (cells[c] ?? '').trim());
      if (anonymous(v)) continue;
      identified = true;
      const first = byIdentity[k]!.get(v);
      if (first !== undefined) return `${first}行目と同じ回答者です（${header[c]?.trim() || `${c + 1}列目`}「${v.length > 40 ? `${v.slice(0, 40)}…` : v}」が同じ）。重複として、最初の行だけを集計しました。`;
    }
    if (identified) {
      for (let k = 0; k < columns.length; k++) if (!anonymous(values[k]!)) byIdentity[k]!.set(values[k]!, row);
      return null;
    }
    // No ID or address in the row: only the whole row can tell a repeat (a row with one repeats it exactly).
    const whole = cells.join('\u0000');
    const same = byRow.get(whole);
    if (same !== undefined) return `${same}行目とまったく同じ行です。重複として、最初の行だけを集計しました。`;
    byRow.set(whole, row);
    return null;
  };
}
