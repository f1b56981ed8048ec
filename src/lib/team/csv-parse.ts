/**
 * Reading CSV (RFC 4180: quoted cells may hold commas, quotes and line breaks) or tab-separated text into rows of
 * cells. The separator is the one the first line uses most (comma or tab). Written here rather than taken from a
 * library: it is forty lines, runs in a worker on 30 MB in a fraction of a second, and never throws.
 */
export interface CsvTable {
  /** Every record, the header first; each record has at least one cell. */
  records: string[][];
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

export function parseCsv(text: string, separator: ',' | '\t' = detectSeparator(text)): CsvTable {
  const records: string[][] = [];
  forEachRecord(text, separator, (r) => void records.push(r));
  return { records };
}

/**
 * Calls `onRecord` with each record and the offset just after it, without keeping them: a 30 MB file is read
 * record by record instead of living in memory as millions of cells. `onRecord` returns false to stop early.
 */
export function forEachRecord(text: string, separator: ',' | '\t', onRecord: (cells: string[], end: number) => boolean | void): void {
  const sep = separator.charCodeAt(0);
  let row: string[] = [];
  const emit = (r: string[]) => onRecord(r, i) === false;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    if (i === n) {
      // A file ending with a line break has no record after it.
      if (row.length > 0) emit(row);
      return;
    }
    let cell: string;
    if (text.charCodeAt(i) === QUOTE) {
      let out = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          // An unclosed quote takes the rest of the file, as spreadsheets do.
          out += text.slice(from);
          i = n;
          break;
        }
        out += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          out += '"';
          from = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the separator is kept, not lost.
      let j = i;
      while (j < n && text.charCodeAt(j) !== sep && text.charCodeAt(j) !== CR && text.charCodeAt(j) !== LF) j++;
      cell = out + text.slice(i, j);
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === sep || c === CR || c === LF) break;
        j++;
      }
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= n) {
      emit(row);
      return;
    }
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i === n) {
        row.push('');
        emit(row);
        return;
      }
      continue;
    }
    // End of record: CRLF, LF or CR.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    if (emit(row)) return;
    row = [];
  }
}

/** The number of records, counted without building them (quoted line breaks do not end a record). */
export function countRecords(text: string): number {
  let count = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) {
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      count++;
      content = false;
      continue;
    }
    content = true;
  }
  return count + (content ? 1 : 0);
}
