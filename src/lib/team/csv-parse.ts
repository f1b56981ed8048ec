/**
 * Reading CSV (RFC 4180: quoted cells may hold commas, quotes and line breaks) or tab-separated text into rows of
 * cells. The separator is the one the first line uses most (comma or tab). One tokeniser does both counting and
 * reading, so the number of rows HR is shown is the number read. Written here rather than taken from a library:
 * it is short, runs in a worker on 30 MB in a fraction of a second, never throws, and says where a file is broken
 * (the parsers on the registry either stop at the first fault or silently take the rest of the file into a cell).
 *
 * Faults are read the way a person meant them, and reported:
 * - a quote inside a cell that does not start with one (`5" screen`) is a plain character, as every spreadsheet
 *   reads it; not reported;
 * - text after a closing quote on the same line (`"a"b`) is kept and reported;
 * - a quote that is never closed, or whose "closing" quote lies on a later line and is followed by more text (so
 *   it was the opening quote of another cell), is reported and read as a plain character: the rows after it are
 *   read as rows, not swallowed into one cell.
 * Blank rows (every cell empty or spaces) are skipped, neither counted nor reported, but keep their row number.
 */
export interface CsvProblem {
  /** Row as a spreadsheet shows it (the first record is row 1). */
  row: number;
  /** Line as a text editor shows it. */
  line: number;
  kind: 'unclosed-quote' | 'text-after-quote';
}

export interface CsvTable {
  /** Every record that is not blank, the header first; each has at least one cell. */
  records: string[][];
  problems: CsvProblem[];
}

export interface RecordPlace {
  /** Row as a spreadsheet shows it (the first record is row 1; blank rows are counted). */
  row: number;
  /** Line where the record starts, as a text editor shows it. */
  line: number;
  /** Offset just after the record. */
  end: number;
}

export function detectSeparator(text: string): ',' | '\t' {
  const end = text.indexOf('\n');
  const first = end < 0 ? text : text.slice(0, end);
  const count = (ch: string) => first.split(ch).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = /^[ \t\u3000]*$/;

const isBlank = (cells: readonly string[]) => cells.every((c) => c === '' || SPACE.test(c));

/** Line breaks (CRLF, LF or a lone CR) in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/**
 * Calls `onRecord` with each record that is not blank, without keeping them: a 30 MB file is read record by
 * record instead of living in memory as millions of cells. `onRecord` returns false to stop early.
 */
export function forEachRecord(
  text: string,
  separator: ',' | '\t',
  onRecord: (cells: string[], place: RecordPlace) => boolean | void,
  onProblem?: (problem: CsvProblem) => void,
): void {
  const sep = separator.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let row = 1;
  let line = 1;
  // Where a search for a quote last found none: no search from beyond it can find one, so a file with many
  // unclosed quotes is still read in one pass rather than one pass per quote.
  let noQuoteFrom = n;
  while (i < n) {
    const start = { row, line };
    const cells: string[] = [];
    // One record: cells until an unquoted line break or the end of the text.
    for (;;) {
      let cell: string | null = null;
      if (text.charCodeAt(i) === QUOTE) {
        let out = '';
        let from = i + 1;
        let close = -1;
        for (;;) {
          const q = from >= noQuoteFrom ? -1 : text.indexOf('"', from);
          if (q < 0) {
            noQuoteFrom = Math.min(noQuoteFrom, from);
            break;
          }
          out += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            out += '"';
            from = q + 2;
          } else {
            close = q;
            break;
          }
        }
        const after = close < 0 ? -1 : text.charCodeAt(close + 1);
        const clean = close >= 0 && (close + 1 === n || after === sep || after === CR || after === LF);
        const breaks = close < 0 ? 0 : lineBreaks(text, i, close);
        if (clean) {
          cell = out;
          line += breaks;
          i = close + 1;
        } else if (close >= 0 && breaks === 0) {
          // 「"a"b」: the text after the closing quote is kept with the cell, and the fault reported.
          onProblem?.({ row, line, kind: 'text-after-quote' });
          let j = close + 1;
          while (j < n && text.charCodeAt(j) !== sep && text.charCodeAt(j) !== CR && text.charCodeAt(j) !== LF) j++;
          cell = out + text.slice(close + 1, j);
          i = j;
        } else {
          // Never closed, or "closed" by another cell's opening quote further down: the quote is a character.
          onProblem?.({ row, line, kind: 'unclosed-quote' });
        }
      }
      if (cell === null) {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sep || c === CR || c === LF) break;
          j++;
        }
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell);
      if (i < n && text.charCodeAt(i) === sep) {
        i++;
        // A separator at the very end leaves one empty cell after it.
        if (i === n) cells.push('');
        else continue;
      }
      break;
    }
    if (i < n) {
      // End of record: CRLF, LF or CR.
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
    }
    row++;
    if (!isBlank(cells) && onRecord(cells, { row: start.row, line: start.line, end: i }) === false) return;
  }
}

export function parseCsv(text: string, separator: ',' | '\t' = detectSeparator(text)): CsvTable {
  const records: string[][] = [];
  const problems: CsvProblem[] = [];
  forEachRecord(text, separator, (r) => void records.push(r), (p) => void problems.push(p));
  return { records, problems };
}

/** The number of records that are not blank: the same tokeniser as reading, so the two always agree. */
export function countRecords(text: string, separator: ',' | '\t' = detectSeparator(text)): number {
  let count = 0;
  forEachRecord(text, separator, () => void count++);
  return count;
}

/** A CSV fault in words, with the row (and the text editor's line when it differs). */
export function csvProblemText(p: CsvProblem): string {
  const where = p.line === p.row ? `${p.row}行目` : `${p.row}行目（テキストエディタでは${p.line}行目）`;
  return p.kind === 'unclosed-quote'
    ? `${where}に、閉じていない二重引用符があります。引用符を文字として読み、次の行からは別の行として読みました。`
    : `${where}に、閉じた二重引用符の後に続く文字があります。引用符の中と後ろの文字をつなげて1つの値として読みました。`;
}
