import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { choiceOptions } from '@/lib/choice-options';
import { scoreDimensions } from '@/lib/likert';
import { diagnoseOrg } from '@/lib/org-check/engine';
import { orgResultToJson } from '@/lib/org-check/export';
import { encodeShareCode } from '@/lib/share-code';
import { gapRows, peopleMean } from '@/lib/team/gap';
import { readOrgResult } from '@/lib/team/org-result';
import { poolOf } from '@/lib/team/pool';
import { summariseRound } from '@/lib/team/rounds';
import { gapSentences } from '@/lib/team/team-sentences';
import { readDataFile } from '@/data/read-file';
import { orgCheckData, selfCheckData } from './support/data';

const people = selfCheckData();
const org = orgCheckData();
const mapping = readDataFile('content', 'gap-mapping');
const sentences = readDataFile('content', 'team-sentences');
/** The words written for a pair and a direction in content/data/team-sentences.yaml. */
const wordsFor = (pair: string, gap: string) => sentences.sentences.find((s) => s.slot === 'gap-words' && s.when.pair?.includes(pair) && s.when.gap?.includes(gap as 'close'))!.text;
const optionsFor = (q: string, c: Record<string, string[]>) => choiceOptions(org.instrument.choices.find((x) => x.id === q)!, c, []);
const orgSet = (level: number): AnswerSet => ({ instrument: 'org-check', version: org.instrument.version, answers: Object.fromEntries(org.instrument.items.map((i) => [i.id, i.reverse ? 6 - level : level])), choices: { role: ['hr'] } });
const personAt = (level: number): AnswerSet => ({ instrument: 'self-check', version: people.instrument.version, answers: Object.fromEntries(people.instrument.items.map((i) => [i.id, i.reverse ? 6 - level : level])), choices: { age: ['middle'] } });

describe('the organisation self-check for the gap view', () => {
  it('reads its share link, its bare code and its exported JSON to the same answers, and refuses others with a reason', () => {
    const set = orgSet(4);
    const code = encodeShareCode('org-check', org.instrument, set, optionsFor);
    for (const text of [`https://intranet.example/hr/co-guide/tools/org-check/#r=${code}`, code, orgResultToJson(set, diagnoseOrg(org, set), new Date(0))]) {
      expect(readOrgResult(text, org)).toEqual({ ok: true, set });
    }
    expect(readOrgResult('', org)).toMatchObject({ ok: false });
    expect(readOrgResult('{"format":"co-guide/self-check-result"}', org)).toMatchObject({ ok: false, message: expect.stringContaining('組織のセルフチェックの結果ファイルではありません') });
    expect(readOrgResult(code.slice(0, -2), org)).toMatchObject({ ok: false });
  });
});

describe('the gap between organisation and people', () => {
  it('sets every pair of the mapping side by side, with the words for the direction of the gap', () => {
    const axes = scoreDimensions(org.instrument, orgSet(5).answers); // the organisation sees itself at 100
    const pool = poolOf(people, Array.from({ length: 6 }, () => ({ set: personAt(2) }))); // its people at 25
    const rows = gapRows(mapping, axes, pool, 5);
    expect(rows.map((r) => r.id)).toEqual(mapping.pairs.map((p) => p.id));
    const reading = gapSentences(sentences, rows, true, 5);
    for (const r of rows) {
      expect([r.org, r.people, r.gap, r.direction]).toEqual([100, 25, 75, 'orgHigher']);
      expect(reading.rows[r.id]).toEqual({ direction: '組織のほうが高い', words: wordsFor(r.id, 'orgHigher') });
    }
    const reversed = gapRows(mapping, scoreDimensions(org.instrument, orgSet(1).answers), poolOf(people, Array.from({ length: 5 }, () => ({ set: personAt(4) }))), 5);
    expect(reversed.map((r) => [r.gap, r.direction])).toEqual(mapping.pairs.map(() => [-75, 'peopleHigher']));
  });

  it('calls a difference below the threshold close, and hides the people’s side for fewer than N people', () => {
    const axes = scoreDimensions(org.instrument, orgSet(3).answers); // 50
    const near = poolOf(people, [
      ...Array.from({ length: 3 }, () => ({ set: personAt(3) })),
      ...Array.from({ length: 2 }, () => ({ set: personAt(4) })),
    ]); // (50·3 + 75·2) / 5 = 60
    expect(peopleMean(near, 'mieru', 5)).toEqual({ mean: 60, hidden: false });
    expect(gapRows({ ...mapping, threshold: 11 }, axes, near, 5).map((r) => r.direction)).toEqual(mapping.pairs.map(() => 'close'));
    expect(gapRows({ ...mapping, threshold: 10 }, axes, near, 5).map((r) => r.direction)).toEqual(mapping.pairs.map(() => 'peopleHigher'));
    const few = gapRows(mapping, axes, near, 6);
    expect(few.map((r) => [r.people, r.gap, r.direction])).toEqual(mapping.pairs.map(() => [null, null, null]));
    const reading = gapSentences(sentences, few, false, 6);
    expect(reading.notes.map((s) => s.text)).toEqual(['社員の回答が6人未満のため、社員の平均点は表示しません。']);
    expect(Object.values(reading.rows)).toEqual(mapping.pairs.map(() => ({ direction: '', words: '' })));
  });

  it('shows the people’s mean of a face exactly when the round summary does, as that mean to one decimal', () => {
    // One rule for both tables (src/lib/team/face-stats.ts): the gap view can neither show a mean the summary hides
    // nor a different figure for the same people.
    const axes = scoreDimensions(org.instrument, orgSet(3).answers);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 9 }), fc.integer({ min: 1, max: 10 }), (levels, minSize) => {
        const pool = poolOf(people, levels.map((l) => ({ set: personAt(l) })));
        const round = summariseRound(pool, people, minSize, '2026-12-06');
        for (const r of gapRows(mapping, axes, pool, minSize)) {
          const face = round.faces.find((f) => f.id === mapping.pairs.find((p) => p.id === r.id)!.people)!;
          expect(r.people === null, r.id).toBe(face.mean === null);
          expect(r.peopleHidden, r.id).toBe(face.mean === null);
          if (face.mean !== null) expect(r.people!.toFixed(1)).toBe((Math.round(face.mean * 10) / 10).toFixed(1));
          expect(r.people === null).toBe(levels.length < minSize);
        }
      }),
      { numRuns: 60 },
    );
  });
});
