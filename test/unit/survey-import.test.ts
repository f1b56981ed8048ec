import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv, unneutralise } from '@/lib/csv';
import { countRecords, parseCsv } from '@/lib/team/csv-parse';
import { poolOf } from '@/lib/team/pool';
import { analyseSurvey } from '@/lib/team/survey-analysis';
import { itemSheetCsv } from '@/lib/team/item-sheet';
import { openSurvey } from '@/lib/team/survey-file';
import { likertValue, mappingIssues, proposeMapping, readSurvey, type ColumnRole } from '@/lib/team/survey-import';
import { decodeText, SPREADSHEET_MESSAGE } from '@/lib/team/text-encoding';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const items = data.instrument.items;
const labels = data.instrument.scale.labels;
const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));

const open = (bytes: Uint8Array, name = 'export.csv') => {
  const o = openSurvey(bytes, name, data);
  if (!o.ok) throw new Error(o.message);
  return { ...o, records: parseCsv(o.text, o.separator).records };
};

describe('decoding survey exports', () => {
  it('reads UTF-8 with and without a BOM, Shift_JIS and UTF-16 to the same text', () => {
    const sjis = fixture('microsoft-forms-export.sjis.csv');
    const decoded = decodeText(sjis);
    expect(decoded.encoding).toBe('shift_jis');
    // Excel's Shift_JIS has no wave dash: 〜 comes back as the full-width tilde, and the import folds both.
    expect(decoded.text).toContain('営業部,若年層（20代～30代前半）');
    const utf8 = new TextEncoder().encode(decoded.text);
    expect(decodeText(utf8)).toEqual({ text: decoded.text, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: decoded.text, encoding: 'utf-8' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...decoded.text].map((c) => c.charCodeAt(0))).buffer)]);
    expect(decodeText(utf16).text).toBe(decoded.text);
  });

  it('asks for CSV when given a spreadsheet, by name or by content', () => {
    expect(openSurvey(new Uint8Array([1, 2, 3]), '回答.xlsx', data)).toEqual({ ok: false, message: SPREADSHEET_MESSAGE });
    expect(openSurvey(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'renamed.csv', data)).toEqual({ ok: false, message: SPREADSHEET_MESSAGE });
    expect(openSurvey(new Uint8Array([]), 'empty.csv', data)).toMatchObject({ ok: false });
  });
});

describe('CSV parsing', () => {
  it('reads back whatever the site writes, including quotes, commas and line breaks in cells', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'あ', ',', '"', '\n', '\r\n', ' ', '1') , maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = toCsv(rows).replace(/^\uFEFF/, '');
        // A cell starting with a line break is written with the apostrophe that keeps spreadsheets from running it.
        // Rows of empty cells are blank rows: skipped, like blank lines.
        expect(parseCsv(text, ',').records.map((r) => r.map(unneutralise))).toEqual(rows.filter((r) => r.some((c) => !/^[ \t\u3000]*$/.test(c))));
      }),
    );
  });

  it('splits on tabs when the first line has more tabs than commas, and on CR, LF or CRLF', () => {
    expect(parseCsv('a\tb,c\td\r\n1\t2\r3\t4\n').records).toEqual([
      ['a', 'b,c', 'd'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});

describe('mapping columns to items', () => {
  it('matches headers by item text (also inside a Google Forms grid title) and by id, and ignores identifying columns', () => {
    const header = ['タイムスタンプ', 'メールアドレス', '部署', '年代', ...items.map((i, n) => (n % 3 === 0 ? `次の文について [${i.text}]` : n % 3 === 1 ? `【${i.id}】` : i.text.replace(/、/g, ',')))];
    const mapping = proposeMapping(header, data);
    expect(mapping.slice(0, 4)).toEqual([{ kind: 'ignore' }, { kind: 'ignore' }, { kind: 'extra' }, { kind: 'choice', id: 'age' }]);
    expect(mapping.slice(4)).toEqual(items.map((i) => ({ kind: 'item', id: i.id })));
    expect(mappingIssues(mapping, header, data)).toEqual([]);
  });

  it('names the items without a column and those with two, and a required choice without a column', () => {
    const header = items.map((i) => i.text);
    const mapping: ColumnRole[] = proposeMapping(header, data);
    mapping[1] = { kind: 'item', id: items[0]!.id };
    const issues = mappingIssues(mapping, header, data);
    expect(issues[0]).toContain(`${items[1]!.id}「`);
    expect(issues[1]).toContain('（age）の列がありません');
    expect(issues[2]).toContain('2つの列');
  });
});

describe('reading answers', () => {
  it('reads 1–5, the scale labels in any width, and 「5（そう思う）」, and nothing else', () => {
    labels.forEach((l, i) => {
      expect(likertValue(l, labels)).toBe(i + 1);
      expect(likertValue(` ${String(i + 1).normalize('NFKC')} `, labels)).toBe(i + 1);
      expect(likertValue(`${'０１２３４５'[i + 1]}（${l}）`, labels)).toBe(i + 1);
    });
    for (const bad of ['0', '6', '10', 'とてもそう思う', 'yes', '']) expect(likertValue(bad, labels)).toBeNull();
  });

  it('imports a Microsoft Forms export saved by Excel as Shift_JIS once the shortened item is mapped, listing every unusable row', () => {
    const o = open(fixture('microsoft-forms-export.sjis.csv'));
    expect(o.encoding).toBe('shift_jis');
    expect(o.rows).toBe(16);
    const r3 = o.header.indexOf('研修や面談に参加できない（忙しさ・勤務形態）');
    expect(o.mapping[r3]).toEqual({ kind: 'extra' });
    expect(mappingIssues(o.mapping, o.header, data)[0]).toContain('r3「');
    const mapping = o.mapping.map((m, i) => (i === r3 ? ({ kind: 'item', id: 'r3' } as const) : m));
    expect(mappingIssues(mapping, o.header, data)).toEqual([]);
    expect(mapping.slice(0, 7).map((m) => m.kind)).toEqual(['ignore', 'ignore', 'ignore', 'ignore', 'ignore', 'extra', 'choice']);
    const read = readSurvey(o.records, mapping, data);
    expect(read.extraColumns).toEqual(['所属部署']);
    expect(read.respondents).toHaveLength(14);
    expect(read.problems.map((p) => p.row)).toEqual([9, 14]);
    expect(read.problems[0]!.message).toBe('未回答の設問があります（f2）。');
    expect(read.problems[1]!.message).toContain('設問 m1 の回答「とてもそう思う」');
    const first = read.respondents[0]!;
    expect(first.row).toBe(2);
    expect(first.extras).toEqual(['営業部']);
    expect(first.set.choices).toEqual({ age: ['young'], reason: ['young-no-axis'] });
    expect(Object.keys(first.set.answers)).toHaveLength(items.length);
    expect(read.respondents.filter((r) => r.extras[0] === '総務部')).toHaveLength(3);
  });

  it('imports a Google Forms CSV (UTF-8, numbers, a free-text column with line breaks) and says why rows are refused', () => {
    const o = open(fixture('google-forms-export.csv'));
    expect(o.encoding).toBe('utf-8');
    expect(mappingIssues(o.mapping, o.header, data)).toEqual([]);
    const read = readSurvey(o.records, o.mapping, data);
    expect(read.extraColumns).toEqual(['部署', 'ご意見があればお書きください']);
    expect(read.respondents).toHaveLength(8);
    expect(read.respondents[1]!.extras[1]).toBe('研修の時間を\n業務内に取ってほしい');
    expect(read.respondents[1]!.set.choices).toEqual({ age: ['middle'], reason: ['middle-no-time'] });
    expect(read.problems).toEqual([
      { row: 10, message: '年代「20代」は選択肢にありません。' },
      { row: 11, message: `設問 ${items.at(-1)!.id} の回答「6」は選択肢にも1〜5にも当たりません。状態「手を挙げにくい」は、選ばれた年代の選択肢にありません。` },
    ]);
  });

  it('never loses a row: every data row is either a respondent or a problem', () => {
    const header = ['部署', ...items.map((i) => i.id), 'age', 'reason'];
    const cell = fc.oneof(fc.constantFrom('', '1', '3', '5', '9', labels[0]!, '若年層', '中堅層', 'x'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: header.length + 1 }), { maxLength: 20 }), (rows) => {
        const read = readSurvey([header, ...rows], proposeMapping(header, data), data);
        const seen = [...read.respondents.map((r) => r.row), ...read.problems.map((p) => p.row)].sort((a, b) => a - b);
        expect(seen).toEqual(rows.map((_, i) => i + 2));
      }),
    );
  });
});

describe('the item sheet', () => {
  it('lists every item with its id, text and the scale labels, the age bands and every reason, and maps back onto itself', () => {
    const records = parseCsv(itemSheetCsv(data).replace(/^\uFEFF/, '')).records;
    expect(records[0]!.slice(0, 4)).toEqual(['ID', '種類', '設問', '必須']);
    for (const i of items) expect(records.find((r) => r[0] === i.id)?.slice(2)).toEqual([i.text, 'はい', ...labels, ...Array(records[0]!.length - 4 - labels.length).fill('')].slice(0, records[0]!.length - 2));
    expect(records.find((r) => r[0] === 'age')!.slice(4, 4 + data.ageBands.length)).toEqual(data.ageBands.map((b) => `${b.label}（${b.ages}）`));
    expect(records.filter((r) => r[0] === 'reason').flatMap((r) => r.slice(4).filter(Boolean))).toEqual(data.ageBands.flatMap((b) => b.reasons.map((r) => r.label)));
    // A survey built from the sheet (question texts as headers) maps without corrections.
    const header = records.slice(1).filter((r) => r[0] && r[0] !== 'reason').map((r) => r[2]!);
    expect(mappingIssues(proposeMapping(header, data), header, data)).toEqual([]);
  });
});

describe('reading a whole export the way the worker does', () => {
  it('pools the same people and lists the same problems as reading row by row, and counts rows like the parser', () => {
    for (const name of ['microsoft-forms-export.sjis.csv', 'google-forms-export.csv']) {
      const o = open(fixture(name));
      const mapping = o.mapping.map((m, i) => (o.header[i]!.startsWith('研修や面談に参加できない') ? ({ kind: 'item', id: 'r3' } as const) : m));
      const progress: number[] = [];
      const analysis = analyseSurvey(o.text, o.separator, mapping, data, { onProgress: (done, total) => progress.push(done / total) });
      const read = readSurvey(o.records, mapping, data);
      expect(analysis.problems).toEqual(read.problems);
      expect(analysis.pool).toEqual(poolOf(data, read.respondents, read.extraColumns));
      expect(progress.at(-1)).toBe(1);
      expect(o.rows).toBe(o.records.length - 1);
    }
  });

  it('counts records as the parser splits them, quoted line breaks included', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', '\r'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = toCsv(rows).replace(/^\uFEFF/, '');
        expect(countRecords(text)).toBe(parseCsv(text, ',').records.length);
      }),
    );
  });
});
