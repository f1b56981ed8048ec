import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { diagnose, optionsResolver } from '@/lib/self-check/engine';
import { resultToJson } from '@/lib/self-check/export';
import { encodeShareCode } from '@/lib/share-code';
import { decodeFile } from '@/lib/team/text-encoding';
import { createImporter, MAX_LISTED } from '@/lib/team/import';
import { breakdown, breakdownToCsv } from '@/lib/team/breakdown';
import { poolOf } from '@/lib/team/pool';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const resolve = optionsResolver(data);
const items = data.instrument.items;

const setArb: fc.Arbitrary<AnswerSet> = fc
  .record({ values: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: items.length, maxLength: items.length }), band: fc.constantFrom('young', 'middle', 'senior') })
  .map(({ values, band }) => ({ instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i, n) => [i.id, values[n]!])), choices: { age: [band] } }));

const json = (set: AnswerSet) => resultToJson(set, diagnose(data, set), new Date(0));
const link = (set: AnswerSet) => `http://intranet.example/hr/co-guide/tools/self-check/#r=${encodeShareCode('self-check', data.instrument, set, resolve)}`;

function importAll(sources: [string, string][]) {
  const importer = createImporter(data);
  for (const [name, text] of sources) importer.read(text, name);
  return importer.result();
}

describe('team import', () => {
  it('reads exported files (single, array, JSON lines) and share links, recomputing every result', () => {
    fc.assert(
      fc.property(fc.uniqueArray(setArb, { minLength: 1, maxLength: 12, selector: (s) => JSON.stringify(s.answers) }), (sets) => {
        const [a, ...rest] = sets;
        const half = Math.floor(rest.length / 2);
        const r = importAll([
          ['one.json', json(a!)],
          ['many.json', `[${rest.slice(0, half).map(json).join(',')}]`],
          ['links', rest.slice(half).map(link).join('\n')],
        ]);
        expect(r.problems).toEqual([]);
        expect(r.entries.map((e) => e.set)).toEqual(sets);
      }),
    );
  });

  it('never throws on arbitrary input, and reports every rejected line with its source', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = importAll([['junk.txt', text]]);
        for (const p of r.problems) {
          expect(p.source).toBe('junk.txt');
          expect(p.line).toBeGreaterThan(0);
          expect(p.message.length).toBeGreaterThan(3);
        }
      }),
    );
  });

  it('reports broken, foreign, old-version and duplicate entries line by line instead of dropping them', () => {
    const set: AnswerSet = { instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i) => [i.id, 3])), choices: { age: ['middle'] } };
    const old = JSON.stringify({ ...JSON.parse(json(set)), version: 0 });
    const foreign = JSON.stringify({ format: 'co-guide/org-check-result', instrument: 'org-check', version: 1, answers: {} });
    const r = importAll([
      ['a.json', json(set)],
      ['links', [link(set), 'not a link', old, foreign, '{broken'].join('\n')],
    ]);
    expect(r.entries).toHaveLength(1);
    expect(r.problems.map((p) => [p.source, p.line])).toEqual([
      ['links', 1],
      ['links', 2],
      ['links', 3],
      ['links', 4],
      ['links', 5],
    ]);
    expect(r.problems[0]!.message).toContain('a.json の1件目 と同じ回答');
    expect(r.problems[2]!.message).toContain('版が違います');
    expect(r.problems[3]!.message).toContain('自己診断の結果ファイルではありません');
  });
});

describe('team import of hostile, incomplete and wrong input', () => {
  const full: AnswerSet = { instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i) => [i.id, 4])), choices: { age: ['young'] } };

  it('isolates an entry that throws: it becomes a problem row and the good entries still count', () => {
    const r = importAll([['paste', ['{"format":{"toString":0}}', link(full), '{"format":"co-guide/self-check-result","answers":{"toString":0}}'].join('\n')]]);
    expect(r.entries).toHaveLength(1);
    expect(r.problems.map((p) => p.line)).toEqual([1, 3]);
    expect(r.problems[0]!.message).toContain('自己診断の結果ファイルではありません');
  });

  it('reports incomplete answer sets instead of counting them', () => {
    const empty = JSON.stringify({ format: 'co-guide/self-check-result', instrument: 'self-check', version: data.instrument.version, answers: {}, choices: {} });
    const one = JSON.stringify({ format: 'co-guide/self-check-result', instrument: 'self-check', version: data.instrument.version, answers: { [items[0]!.id]: 5 }, choices: {} });
    const partLink = link({ ...full, answers: { [items[0]!.id]: 5 } });
    const r = importAll([['paste', [empty, one, partLink].join('\n')]]);
    expect(r.entries).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(/回答が揃っていません/), expect.stringMatching(/回答が揃っていません/), expect.stringMatching(/回答が揃っていません/)]);
  });

  it('accepts pretty-printed result files pasted one after another', () => {
    const other: AnswerSet = { ...full, answers: { ...full.answers, [items[0]!.id]: 1 } };
    const r = importAll([['paste', `${json(full)}\n${json(other)}${json({ ...other, choices: { age: ['senior'] } })}`]]);
    expect(r.problems).toEqual([]);
    // Each entry is reported at the line it starts on; the third starts on the second's last line.
    const lines = (set: AnswerSet) => json(set).split('\n').length;
    expect(r.entries.map((e) => e.line)).toEqual([1, lines(full) + 1, lines(full) + lines(other)]);
  });

  it('says a CSV is a table, in one problem, not one per line', () => {
    const r = importAll([['survey.csv', 'ラベル,C/O体現度,事業貢献\n営業部,80,70\n開発部,62,41']]);
    expect(r.entries).toEqual([]);
    expect(r.problems).toEqual([{ source: 'survey.csv', line: 1, message: expect.stringContaining('CSV') }]);
  });

  it('lists at most MAX_LISTED problems, counts the rest, and gives up on a source that yields only problems', () => {
    const dupes = importAll([['dupes', Array.from({ length: 3000 }, () => link(full)).join('\n')]]);
    expect(dupes.entries).toHaveLength(1);
    expect(dupes.problems).toHaveLength(MAX_LISTED);
    expect(dupes.moreProblems).toBe(3000 - 1 - MAX_LISTED);
    const junk = importAll([['junk.txt', Array.from({ length: 5000 }, (_, i) => `junk ${i}`).join('\n')]]);
    expect(junk.problems).toHaveLength(MAX_LISTED + 1);
    expect(junk.moreProblems).toBe(0);
    expect(junk.problems.at(-1)!.message).toContain(`残りの${5000 - MAX_LISTED}行は読みませんでした`);
  });

  it('never throws and never counts anything on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 5 }), (values) => {
        const r = importAll([['values', values.map((v) => JSON.stringify(v)).join('\n')]]);
        expect(r.entries).toEqual([]);
      }),
    );
  });
});

describe('reading a dropped file', () => {
  it('reads UTF-8 (with BOM), UTF-16 and Shift_JIS text', () => {
    expect(decodeFile(new TextEncoder().encode('\uFEFF{"a":1}'))).toEqual({ ok: true, text: '{"a":1}' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'結果'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeFile(utf16)).toEqual({ ok: true, text: '結果' });
    // 「結果」 in Shift_JIS.
    expect(decodeFile(new Uint8Array([0x8c, 0x8b, 0x89, 0xca]))).toEqual({ ok: true, text: '結果' });
  });

  it('names an Excel workbook and binary data instead of reading them line by line', () => {
    expect(decodeFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toMatchObject({ ok: false, message: expect.stringContaining('.xlsx') });
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(decodeFile(random)).toMatchObject({ ok: false, message: expect.stringContaining('テキストではないファイル') });
  });
});

describe('team summary', () => {
  it('counts every result once, overall and in its age band, and averages the faces', () => {
    fc.assert(
      fc.property(fc.array(setArb, { minLength: 1, maxLength: 40 }), (sets) => {
        // A threshold of 1 shows every figure, so the sums can be checked.
        const b = breakdown(poolOf(data, sets.map((set) => ({ set }))), data, { kind: 'band' }, 1);
        const total = (id: string) => b.sections.find((s) => s.id === id)!.rows;
        expect(b.columns[0]!.count).toBe(sets.length);
        expect(b.columns.slice(1).reduce((a, c) => a + c.count, 0)).toBe(sets.length);
        expect(total('segments').reduce((a, r) => a + (r.values[0] as number), 0)).toBe(sets.length);
        for (const r of total('scores')) {
          expect(r.values[0]).not.toBeNull();
          expect(r.values[0]!).toBeGreaterThanOrEqual(0);
          expect(r.values[0]!).toBeLessThanOrEqual(100);
        }
        const expectedFudo = sets.filter((x) => diagnose(data, x).isFudo && diagnose(data, x).labelShown).length;
        expect(total('segments').find((r) => r.id === 'fudo')!.values[0]).toBe(expectedFudo);
      }),
      { numRuns: 30 },
    );
  });

  it('writes a CSV with the totals and the most recommended measures', () => {
    // Two at each end: no segment holds all or all but one of the four.
    const sets: AnswerSet[] = [1, 1, 5, 5].map((v) => ({ instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i) => [i.id, i.reverse ? 6 - v : v])), choices: { age: ['young'] } }));
    const pool = poolOf(data, sets.map((set) => ({ set })));
    const csv = breakdownToCsv(breakdown(pool, data, { kind: 'band' }, 1), pool.measures);
    expect(csv).toContain('人数,全体,回答数,4');
    expect(csv).toContain('区分の分布,全体,不動層,2,50');
    expect(csv).toContain('区分の分布,若年層,C/O人材,2,50');
    // Both 不動層 share a group: the groups of 全体 are withheld, and so are the measures' counts.
    expect(csv).toMatch(/おすすめされた施策,全体,.+,人数は表示しません/);
  });
});
