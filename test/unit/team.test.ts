import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { diagnose, optionsResolver } from '@/lib/self-check/engine';
import { resultToJson } from '@/lib/self-check/export';
import { encodeShareCode } from '@/lib/share-code';
import { createImporter } from '@/lib/team/import';
import { summarise, summaryToCsv } from '@/lib/team/summary';
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

describe('team summary', () => {
  it('counts every result once, overall and in its age band, and averages the faces', () => {
    fc.assert(
      fc.property(fc.array(setArb, { maxLength: 40 }), (sets) => {
        const s = summarise(data, sets);
        expect(s.total.count).toBe(sets.length);
        expect(Object.values(s.total.segments).reduce((a, b) => a + b, 0)).toBe(sets.length);
        expect(Object.values(s.byBand).reduce((a, t) => a + t.count, 0)).toBe(sets.length);
        for (const v of Object.values(s.total.dimensions)) {
          expect(v).not.toBeNull();
          expect(v!).toBeGreaterThanOrEqual(0);
          expect(v!).toBeLessThanOrEqual(100);
        }
        const expectedFudo = sets.filter((x) => diagnose(data, x).isFudo).length;
        expect(s.total.segments.fudo ?? 0).toBe(expectedFudo);
      }),
      { numRuns: 30 },
    );
  });

  it('writes a CSV with the totals and the most recommended measures', () => {
    const sets: AnswerSet[] = [1, 5].map((v) => ({ instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i) => [i.id, i.reverse ? 6 - v : v])), choices: { age: ['young'] } }));
    const csv = summaryToCsv(data, summarise(data, sets));
    expect(csv).toContain('人数,全体,回答数,2');
    expect(csv).toContain('区分,全体,不動層,1');
    expect(csv).toContain('区分,若年層,C/O人材,1');
    expect(csv).toMatch(/おすすめ施策,全体,.+,\d/);
  });
});
