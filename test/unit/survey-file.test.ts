import { columnValues } from '@/lib/team/coded-column';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageRange, ageValuesToMap, proposeBand, proposedChoices } from '@/lib/team/age-values';
import { analyseSurvey } from '@/lib/team/survey-analysis';
import { MAX_COLUMNS, MAX_GROUPS, openSurvey, tooWideMessage } from '@/lib/team/survey-file';
import { mappingIssues } from '@/lib/team/survey-import';
import { decodeText } from '@/lib/team/text-encoding';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));
const open = (bytes: Uint8Array) => {
  const o = openSurvey(bytes, 'export.csv', data);
  if (!o.ok) throw new Error(o.message);
  return o;
};
const column = (o: ReturnType<typeof open>, header: string) => o.header.findIndex((h) => h.startsWith(header));

describe('a company export with its own age values, a repeated respondent and a comment column', () => {
  const o = open(fixture('forms-company-age-values.csv'));
  const age = column(o, '年代');
  const comment = column(o, 'この会社で働くうえでのご意見');
  const values = ageValuesToMap(o.columns[age]!.values!, data);

  it('counts the data rows, leaving the blank row out, and proposes the comment column as unused', () => {
    expect(o.rows).toBe(13);
    expect(o.mapping[age]).toEqual({ kind: 'choice', id: 'age' });
    expect(o.columns[comment]!.freeText).toBe(true);
    expect(o.mapping[comment]).toEqual({ kind: 'ignore' });
    expect(o.mapping[column(o, '所属部署')]).toEqual({ kind: 'extra' });
    expect(o.notes).toEqual([]);
  });

  it('asks once per age value that is not a band, proposing a band only where the ages fit in one', () => {
    expect(Object.fromEntries(values.map((v) => [v.value, [v.rows, v.proposed]]))).toEqual({
      '２０代': [2, 'young'],
      '３０代': [2, null],
      '30代': [1, null],
      '４０代': [2, 'middle'],
      '５０代': [3, 'senior'],
      '６０代以上': [1, 'senior'],
      '１０代': [1, null],
    });
    const unchosen = values.filter((v) => !proposedChoices(values)[v.value]).map((v) => v.value);
    expect(mappingIssues(o.mapping, o.header, data, { unchosenAges: unchosen })).toEqual(['年代の値「３０代」、「30代」、「１０代」を、どの層として数えるか（または使わないか）選んでください。']);
  });

  it('reads with HR’s choices, counts a repeated respondent once, and reports the rows it leaves out', () => {
    const ageValues = { ...proposedChoices(values), '３０代': 'middle', '30代': '', '１０代': 'young' };
    const r = analyseSurvey(o.text, o.separator, o.mapping, data, { ageValues });
    expect(r.pool.count).toBe(9);
    expect(r.pool.extraColumns).toEqual(['所属部署']);
    expect(new Set(columnValues(r.pool.bands))).toEqual(new Set(['young', 'middle', 'senior']));
    expect(r.problems).toEqual([
      { row: 7, message: '年代「30代」は「使わない」と選ばれています。' },
      { row: 8, message: '3行目と同じ回答者です（ID「102」が同じ）。重複として、最初の行だけを集計しました。' },
      { row: 10, message: '年代が空です（必ず答える設問です）。' },
      { row: 15, message: '13行目と同じ回答者です（ID「110」が同じ）。重複として、最初の行だけを集計しました。' },
    ]);
  });

  it('reports every age value it was not told about instead of counting its rows as 年代不明', () => {
    const r = analyseSurvey(o.text, o.separator, o.mapping, data);
    expect(columnValues(r.pool.bands)).not.toContain('');
    expect(r.pool.count + r.problems.length).toBe(o.rows);
    expect(r.problems.find((p) => p.row === 2)?.message).toBe('年代「２０代」は選択肢にありません。');
  });
});

describe('repeats in an export without IDs', () => {
  it('counts a row identical to an earlier one once, and names the row it repeats', () => {
    const text = readFileSync('test/fixtures/google-forms-export.csv', 'utf8').trimEnd();
    const once = open(new TextEncoder().encode(text));
    const twice = open(new TextEncoder().encode(`${text}\n${text.split('\n')[1]}\n`));
    const a = analyseSurvey(once.text, once.separator, once.mapping, data);
    const b = analyseSurvey(twice.text, twice.separator, twice.mapping, data);
    expect(twice.rows).toBe(once.rows + 1);
    expect(b.pool).toEqual(a.pool);
    expect(b.problems).toEqual([...a.problems, { row: twice.rows + 1, message: '2行目とまったく同じ行です。重複として、最初の行だけを集計しました。' }]);
  });
});

describe('age texts', () => {
  it('reads the ages of every band of the site and of common survey values', () => {
    expect(data.ageBands.map((b) => ageRange(b.ages))).toEqual([
      [20, 34],
      [35, 49],
      [50, Infinity],
    ]);
    expect(ageRange('２９歳以下')).toEqual([0, 29]);
    expect(ageRange('20〜29歳')).toEqual([20, 29]);
    expect(ageRange('営業部')).toBeNull();
    expect(proposeBand('35〜39歳', data)).toBe('middle');
    expect(proposeBand('25歳', data)).toBe('young');
  });
});

describe('faults in the file', () => {
  it('reads a header with a quote in it and every row after an unclosed quote, and says where the quotes are wrong', () => {
    const o = open(fixture('google-forms-broken-quotes.csv'));
    expect(o.header[1]).toBe('部署 (5" screen)');
    expect(o.rows).toBe(12);
    expect(o.notes).toEqual([
      '8行目に、閉じていない二重引用符があります。引用符を文字として読み、次の行からは別の行として読みました。',
      '10行目に、閉じた二重引用符の後に続く文字があります。引用符の中と後ろの文字をつなげて1つの値として読みました。',
    ]);
    const r = analyseSurvey(o.text, o.separator, o.mapping, data);
    expect(r.pool.count).toBe(12);
    expect(columnValues(r.pool.extras[0]!)).toContain('"営業部 第2課');
    expect(columnValues(r.pool.extras[0]!)).toContain('開発部第1課');
  });

  it('reads a UTF-8 export with one Shift_JIS row line by line, and names the line', () => {
    const bytes = fixture('google-forms-one-sjis-row.csv');
    const d = decodeText(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.mixed).toEqual({ encoding: 'shift_jis', lines: [13], count: 1 });
    expect(d.text).toContain('総務部,中堅層,3,3');
    expect(d.text).toContain('役割が固定し、伸び悩む,総務部から追加した行です');
    expect(d.text).toContain('研修の時間を\n業務内に取ってほしい');
    const o = open(bytes);
    expect(o.notes[0]).toContain('13行目だけがShift_JISで書かれていました');
    expect(columnValues(analyseSurvey(o.text, o.separator, o.mapping, data).pool.extras[0]!).at(-1)).toBe('総務部');
  });

  it(`refuses a file wider than ${MAX_COLUMNS} columns before reading its rows`, () => {
    const header = Array.from({ length: 5000 }, (_, i) => `列${i}`).join(',');
    expect(openSurvey(new TextEncoder().encode(`${header}\n${'1,'.repeat(4999)}1\n`), 'wide.csv', data)).toEqual({ ok: false, message: tooWideMessage(5000) });
  });

  it(`keeps no more than ${MAX_GROUPS + 1} values of a column, and will not make it a breakdown`, () => {
    const g = open(fixture('google-forms-export.csv'));
    const rows = Array.from({ length: 1000 }, (_, i) => `x,部署${i},若年層,${'3,'.repeat(24)},`);
    const o = open(new TextEncoder().encode([g.header.join(','), ...rows].join('\n')));
    const dept = column(o, '部署');
    expect(o.columns[dept]!.distinct).toBe(MAX_GROUPS + 1);
    expect(o.columns[dept]!.values).toBeNull();
    expect(o.mapping[dept]).toEqual({ kind: 'ignore' });
    const chosen = o.mapping.map((m, i) => (i === dept ? ({ kind: 'extra' } as const) : m));
    expect(mappingIssues(chosen, o.header, data, { tooVaried: o.columns.map((c) => c.distinct > MAX_GROUPS), maxGroups: MAX_GROUPS })[0]).toContain('2列目「部署」は値が300種類を超える');
  });
});

describe('fuzzing the survey parsers (seeded, bounded)', () => {
  const sources = ['google-forms-export.csv', 'microsoft-forms-export.sjis.csv', 'forms-company-age-values.csv', 'google-forms-broken-quotes.csv'].map(fixture);
  const edit = fc.record({ at: fc.nat(), byte: fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x09, 0x20, 0x81, 0xe3, 0x00, 0x41), del: fc.boolean() });

  it('never throws, and accounts for every row it counted: a respondent or a reported problem', () => {
    fc.assert(
      fc.property(fc.nat(sources.length - 1), fc.array(edit, { maxLength: 12 }), (s, edits) => {
        const bytes = [...sources[s]!];
        for (const e of edits) {
          const at = e.at % (bytes.length + 1);
          if (e.del) bytes.splice(at, 1);
          else bytes.splice(at, 0, e.byte);
        }
        const o = openSurvey(Uint8Array.from(bytes), 'fuzz.csv', data);
        if (!o.ok) {
          expect(o.message).toMatch(/[ぁ-んァ-ン]/);
          return;
        }
        const r = analyseSurvey(o.text, o.separator, o.mapping, data);
        expect(r.pool.count + r.problems.length).toBe(o.rows);
        expect(new Set(r.problems.map((p) => p.row)).size).toBe(r.problems.length);
      }),
      { seed: 20261205, numRuns: 150 },
    );
  });
});
