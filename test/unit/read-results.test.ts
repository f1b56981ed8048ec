import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { optionsResolver } from '@/lib/self-check/engine';
import { encodeShareCode } from '@/lib/share-code';
import { columnValues } from '@/lib/team/coded-column';
import { poolOf } from '@/lib/team/pool';
import { readResults } from '@/lib/team/read-results';
import { FILE_READ_ERROR } from '@/lib/team/text-encoding';
import { selfCheckData } from './support/data';

const data = selfCheckData();
const resolve = optionsResolver(data);
const items = data.instrument.items;
const setOf = (values: number[], band: string): AnswerSet => ({ instrument: 'self-check', version: data.instrument.version, answers: Object.fromEntries(items.map((i, n) => [i.id, values[n % values.length]!])), choices: { age: [band] } });
const link = (set: AnswerSet) => `http://intranet.example/tools/self-check/#r=${encodeShareCode('self-check', data.instrument, set, resolve)}`;
const bytes = (text: string) => new TextEncoder().encode(text);

// What the results worker does (src/workers/results-worker.ts), without the worker.
describe('reading results for the team view', () => {
  it('pools pasted links and result files exactly as pooling the same answer sets directly', () => {
    const setArb = fc.record({ values: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: items.length, maxLength: items.length }), band: fc.constantFrom('young', 'middle', 'senior') }).map(({ values, band }) => setOf(values, band));
    fc.assert(
      fc.property(fc.uniqueArray(setArb, { minLength: 1, maxLength: 10, selector: (s) => JSON.stringify(s) }), (sets) => {
        const half = Math.floor(sets.length / 2);
        const r = readResults(sets.slice(0, half).map(link).join('\n'), [{ name: 'links.txt', bytes: bytes(sets.slice(half).map(link).join('\n')) }], data);
        const direct = poolOf(data, sets.map((set) => ({ set })));
        expect(r.problems).toEqual([]);
        expect(r.pool.count).toBe(sets.length);
        expect(columnValues(r.pool.segments)).toEqual(columnValues(direct.segments));
        expect(columnValues(r.pool.bands)).toEqual(columnValues(direct.bands));
        expect(r.pool.measures).toEqual(direct.measures);
      }),
      { numRuns: 30 },
    );
  });

  it('leaves a survey export to the survey import, names a file that could not be read, and refuses binary data', () => {
    const survey = bytes('ID,所属部署,年代\n1,営業部,20代\n');
    const r = readResults(link(setOf([4], 'middle')), [
      { name: 'gone.json', bytes: null },
      { name: 'survey.csv', bytes: survey },
      { name: 'noise.bin', bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256) },
    ], data);
    expect(r.pool.count).toBe(1);
    expect(r.surveys).toEqual([1]);
    expect(r.problems.map((p) => [p.source, p.message])).toEqual([
      ['gone.json', FILE_READ_ERROR],
      ['noise.bin', expect.stringContaining('テキストではないファイル')],
    ]);
  });

  it('reports its progress in entries read, rising, while it reads', () => {
    const text = Array.from({ length: 25 }, (_, i) => link(setOf([1 + (i % 5), 2, 3], 'young'))).join('\n');
    const seen: number[] = [];
    readResults(text, [], data, (n) => seen.push(n), 10);
    expect(seen).toEqual([10, 20]);
  });
});
