/**
 * CSV writing for every file the site saves: RFC 4180 quoting, CRLF, and a BOM so that Excel opens Japanese text
 * correctly.
 *
 * Formula injection: a spreadsheet runs a text cell that starts with = + - @ (full-width ＝＋－＠ too, and after
 * leading spaces; in some, a tab or carriage return) as a formula, so a label such as `=HYPERLINK(…)` typed by one person would run on the computer of
 * whoever opens the export. Such text cells get a leading apostrophe, which spreadsheets show as plain text.
 * Decision on negative numbers: a cell passed as a JS number is data this site computed, never text a person
 * typed, so it is written as it is (-3 stays a number the spreadsheet can add up). Text that merely looks like a
 * negative number ("-3") is still neutralised: it came from a person, and "-3+cmd|…" looks like one too.
 */
export type CsvValue = string | number | null | undefined;

/**
 * A formula sign, ASCII or full-width (Japanese Excel reads ＝＋－＠ as = + - @), after any run of spaces (a
 * spreadsheet skips leading spaces, the full-width one too), or a leading tab or carriage return.
 */
const FORMULA = String.raw`(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])`;
const FORMULA_START = new RegExp(`^${FORMULA}`);
/** Text already starting with apostrophes and a formula sign gets one more, so reading back is exact. */
const NEUTRALISED = new RegExp(`^'+${FORMULA}`);

/** One cell: numbers as they are, text neutralised against formulas and quoted when it needs to be. */
export function csvCell(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value ?? '';
  if (FORMULA_START.test(s) || NEUTRALISED.test(s)) s = `'${s}`;
  // A leading # is quoted too: the matrix's reader takes a line starting with # for a comment and would drop the row.
  return /^#|[",\r\n\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Undoes the apostrophe `csvCell` put in front of formula-like text, so a saved CSV reads back as it was typed. */
export function unneutralise(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
