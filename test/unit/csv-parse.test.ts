import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countRecords, forEachRecord, parseCsv, type RecordPlace } from '@/lib/team/csv-parse';

/** Any text made of what matters to a CSV reader, in any order. */
const csvText = fc.string({ unit: fc.constantFrom('a', 'あ', ',', '\t', '"', '\n', '\r', '\r\n', ' ', '\u3000'), maxLength: 60 });
/** A plain cell: no quote, separator or line break. */
const plainCell = fc.string({ unit: fc.constantFrom('a', 'あ', '1', ' ', '-'), minLength: 1, maxLength: 6 }).filter((c) => c.trim() !== '');
const plainTable = fc.array(fc.array(plainCell, { minLength: 2, maxLength: 4 }), { minLength: 2, maxLength: 8 });
const places = (text: string) => {
  const out: RecordPlace[] = [];
  forEachRecord(text, ',', (_, p) => void out.push(p));
  return out;
};

describe('one tokeniser for counting and reading', () => {
  it('counts exactly the records it reads, for any text and either separator', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(',' as const, '\t' as const), (text, sep) => {
        expect(countRecords(text, sep)).toBe(parseCsv(text, sep).records.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('never returns a blank record, and numbers rows as a spreadsheet does, blank rows included', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const { records } = parseCsv(text, ',');
        for (const r of records) expect(r.some((c) => !/^[ \t\u3000]*$/.test(c))).toBe(true);
        const rows = places(text).map((p) => p.row);
        expect(rows).toEqual([...rows].sort((a, b) => a - b));
        expect(new Set(rows).size).toBe(rows.length);
      }),
      { numRuns: 1000 },
    );
    expect(parseCsv('見出し,b\n\n,\n　, \nx,y\n').records).toEqual([
      ['見出し', 'b'],
      ['x', 'y'],
    ]);
    expect(places('h\n\n,\nx\n').map((p) => [p.row, p.line])).toEqual([
      [1, 1],
      [4, 4],
    ]);
  });

  it('reads the example of issue 24 as four records and counts four', () => {
    const text = 'h1,h2\n5" screen,x\nb,c\nd,e\n';
    expect(parseCsv(text)).toEqual({
      records: [
        ['h1', 'h2'],
        ['5" screen', 'x'],
        ['b', 'c'],
        ['d', 'e'],
      ],
      problems: [],
    });
    expect(countRecords(text)).toBe(4);
  });
});

describe('quotes where RFC 4180 does not put them', () => {
  it('takes a quote inside an unquoted cell as a character, silently, wherever it is', () => {
    fc.assert(
      fc.property(plainTable, fc.nat(), fc.nat(), fc.nat(), (rows, r, c, at) => {
        const row = r % rows.length;
        const col = c % rows[row]!.length;
        const cell = rows[row]![col]!;
        const pos = 1 + (at % cell.length);
        const changed = rows.map((cells, i) => cells.map((v, j) => (i === row && j === col ? `${v.slice(0, pos)}"${v.slice(pos)}` : v)));
        const text = changed.map((cells) => cells.join(',')).join('\r\n');
        expect(parseCsv(text, ',')).toEqual({ records: changed, problems: [] });
      }),
    );
  });

  it('reports an unclosed quote with its row and line, reads it as a character, and loses no row after it', () => {
    fc.assert(
      fc.property(plainTable, fc.nat(), fc.nat(), fc.boolean(), (rows, r, c, laterQuoted) => {
        const row = r % rows.length;
        const col = c % rows[row]!.length;
        const changed = rows.map((cells, i) => cells.map((v, j) => (i === row && j === col ? `"${v}` : v)));
        // A properly quoted cell further down must not close the stray one.
        const after = row + 1 < rows.length && laterQuoted ? row + 1 : -1;
        const text = changed.map((cells, i) => cells.map((v, j) => (i === after && j === 0 ? `"${v}"` : v)).join(',')).join('\n');
        const parsed = parseCsv(text, ',');
        expect(parsed.records).toEqual(changed);
        expect(parsed.problems).toEqual([{ row: row + 1, line: row + 1, kind: 'unclosed-quote' }]);
        expect(countRecords(text, ',')).toBe(rows.length);
      }),
    );
  });

  it('keeps text after a closing quote with the cell and reports it', () => {
    expect(parseCsv('a,b\n"開発部"第1課,x\n')).toEqual({
      records: [
        ['a', 'b'],
        ['開発部第1課', 'x'],
      ],
      problems: [{ row: 2, line: 2, kind: 'text-after-quote' }],
    });
  });

  it('still reads quoted line breaks, and gives the line of the record after them', () => {
    const text = 'id,comment\n1,"two\nlines"\n2,"three\r\nof\rthem"\n3,x';
    expect(parseCsv(text).records.map((r) => r[1])).toEqual(['comment', 'two\nlines', 'three\r\nof\rthem', 'x']);
    expect(places(text).map((p) => [p.row, p.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [4, 7],
    ]);
  });

  it('reads a file of many unclosed quotes in one pass (each row its own record)', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `"${i},x`);
    const parsed = parseCsv(rows.join('\n'), ',');
    expect(parsed.records).toHaveLength(20_000);
    expect(parsed.problems).toHaveLength(20_000);
  });
});
