import { describe, expect, it } from 'vitest';
import type { AnswerSet } from '@/lib/answers';
import { diagnose } from '@/lib/self-check/engine';
import { findContradictions } from '@/lib/self-check/invariants';
import { holds } from '@/lib/self-check/sentence-condition';
import { resultSentences } from '@/lib/self-check/sentences';
import { sentenceConditionSchema } from '@/schemas/result-sentence';
import { selfCheckRulesSchema } from '@/schemas/self-check-rules';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { selfCheckData } from './support/data';
import { answersForLevels, answersForSums, sameAnswerEverywhere } from './support/self-check-answers';

const data = selfCheckData();
/** Face scores as shown (6 items: score = (keyed sum − 6) / 24 · 100), e.g. 96 → sum 29, 21 → 11, 75 → 24. */
const S = (scores: Record<string, number>, choices: Record<string, string[]> = { age: ['middle'] }) =>
  answersForSums(data, Object.fromEntries(Object.entries(scores).map(([id, s]) => [id, Math.round((s * 24) / 100) + 6])), choices);
const textOf = (set: AnswerSet) => {
  const d = diagnose(data, set);
  return { d, all: resultSentences(data, d, set).map((s) => s.text).join('\n') };
};

interface Row {
  name: string;
  set: AnswerSet;
  says: RegExp[];
  never: RegExp[];
}

// The contradictions, each as a profile, with what the page must and must not say.
const table: Row[] = [
  {
    name: 'C/O人材 with つなぐ 21: no claim that work here is linked',
    set: S({ mieru: 96, fuyasu: 96, tsunagu: 21, reach: 75 }),
    says: [/「C\/O人材」にあたります/, /低めの軸があります/, /このサイトが独自に決めた目安/],
    never: [/結びつけられている状態です/],
  },
  {
    name: 'C/O人材 with nothing low: the full summary',
    set: S({ mieru: 88, fuyasu: 75, tsunagu: 79, reach: 75 }),
    says: [/結びつけられている状態です/],
    never: [/低めの軸があります/],
  },
  {
    name: '伸長層 with no low face: no 「低めの軸を1つ選んで」',
    set: answersForLevels(data, { mieru: 4, fuyasu: 3, tsunagu: 4, reach: 4 }),
    says: [/低めの軸はありません/],
    never: [/低めの軸を1つ選んで/],
  },
  {
    name: '中堅層 with only 見える low: the band table has no reason for it, and the page says so',
    set: S({ mieru: 25, fuyasu: 75, tsunagu: 75, reach: 75 }),
    says: [/「見える」が低めですが、この診断の中堅層の停滞理由の表には/],
    never: [/見当たりません/, /年代を選ぶと/],
  },
  {
    name: '若年層 with only 増やす low: the same plain statement',
    set: S({ mieru: 75, fuyasu: 25, tsunagu: 75, reach: 75 }, { age: ['young'] }),
    says: [/「増やす」が低めですが、この診断の若年層の停滞理由の表には/],
    never: [/見当たりません/],
  },
  {
    name: 'age band given: never 「年代を選ぶと」',
    set: answersForLevels(data, { mieru: 5, fuyasu: 5, tsunagu: 5, reach: 5 }, { age: ['senior'] }),
    says: [/どの軸も高いので/, /見当たりません/],
    never: [/年代を選ぶと/],
  },
  {
    name: 'all 「そう思わない」: scores and how to answer again, nothing inferred',
    set: sameAnswerEverywhere(data, 1, { age: ['senior'] }),
    says: [/答え直してください/, /24問のうち24問に、同じ「そう思わない」/],
    never: [/推測/, /区分では/, /いちばん近い/, /傾向があります/, /停滞理由は「/, /（低め）/],
  },
  {
    name: '増やす 100 and 学び直しの時間 chosen: its measures are listed, no note that says otherwise',
    set: S({ mieru: 75, fuyasu: 100, tsunagu: 50, reach: 75 }, { age: ['middle'], reason: ['middle-no-time'] }),
    says: [/あなたが選んだ停滞理由は「学び直しの時間が取れない」/],
    never: [/ここには出していません/],
  },
  {
    name: '不動層: the guidebook’s word, this site’s limit',
    set: answersForLevels(data, { mieru: 1, fuyasu: 2, tsunagu: 2, reach: 1 }),
    says: [/「不動層」という言葉と、その三つの群はガイドブックのもの/, /C\/O体現度45未満を不動層とみなす境目は、このサイトが独自に決めた/, /三つの群のうち、いちばん近いのは「リーチ不足群」/],
    never: [/ガイドの区分/, /ガイドが人事向けに使う区分/],
  },
];

describe('self-check sentences: hand-written profiles', () => {
  for (const row of table) {
    it(row.name, () => {
      const { d, all } = textOf(row.set);
      for (const r of row.says) expect(all).toMatch(r);
      for (const r of row.never) expect(all).not.toMatch(r);
      expect(findContradictions(data, d, row.set)).toEqual([]);
    });
  }

  it('infers nothing for a flagged answer style: no measure, no answers behind it, no guessed reason', () => {
    const flagged = diagnose(data, sameAnswerEverywhere(data, 1));
    expect([flagged.measures, flagged.drivers, flagged.reason]).toEqual([[], [], null]);
  });
});

describe('sentence contracts', () => {
  it('cannot be written without a condition', () => {
    expect(sentenceConditionSchema.safeParse({}).success).toBe(false);
    expect(sentenceConditionSchema.safeParse({ always: true, segment: ['fudo'] }).success).toBe(false);
    expect(sentenceConditionSchema.safeParse({ segment: ['fudo'] }).success).toBe(true);
    const raw = parse(readFileSync('content/data/self-check-rules.yaml', 'utf8')) as { sentences: unknown[] };
    expect(selfCheckRulesSchema.safeParse(raw).success).toBe(true);
    const sentences = [...raw.sentences, { slot: 'summary', text: '条件のない文です。' }];
    expect(selfCheckRulesSchema.safeParse({ ...raw, sentences }).success).toBe(false);
  });

  it('holds only when every part holds, and never on a fact it cannot see', () => {
    const facts = { segment: 'co-jinzai', label: 'shown' as const, bands: { mieru: 'high' as const, tsunagu: 'low' as const } };
    expect(holds({ segment: ['co-jinzai'], faces: { mieru: ['high'] } }, facts)).toBe(true);
    expect(holds({ segment: ['co-jinzai'], faces: { tsunagu: ['middle', 'high'] } }, facts)).toBe(false);
    expect(holds({ some: { faces: ['mieru', 'tsunagu'], band: ['low'] } }, facts)).toBe(true);
    expect(holds({ named: ['low'] }, facts, ['tsunagu'])).toBe(true);
    expect(holds({ named: ['low'] }, facts, ['mieru'])).toBe(false);
    expect(holds({ named: ['low'] }, facts, [])).toBe(false);
    expect(holds({ ageBand: 'given' }, facts)).toBe(false);
    expect(holds({ answers: { r5: [1, 2] } }, { answers: { r5: 1 } })).toBe(true);
    expect(holds({ answers: { r5: [1, 2] } }, { answers: {} })).toBe(false);
  });
});
