import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CO_WORD, isParticles, normaliseQuery } from '@/lib/search/normalise-query';

describe('normaliseQuery', () => {
  it.each([
    // full-width and half-width forms become what the index holds
    ['ＣＯ', CO_WORD],
    ['１ｏｎ１', '1on1'],
    ['ｼﾆｱ', 'シニア'],
    ['３０代', '30代'],
    // C/O in every spelling is the term
    ['C/O', CO_WORD],
    ['c/o', CO_WORD],
    ['C / O', CO_WORD],
    ['CO', CO_WORD],
    ['CO経営', `${CO_WORD} 経営`],
    ['C/O人材', `${CO_WORD} 人材`],
    ['自社C/O', `自社 ${CO_WORD}`],
    // …but not inside other Latin words
    ['coach', 'coach'],
    ['co-guide', 'co guide'],
    ['CO2', 'CO2'],
    // counts as the guide writes them
    ['三つのアプローチ', '3つのアプローチ'],
    // particles go from queries with kanji or katakana
    ['自社での発揮', '自社 発揮'],
    ['キャリアオーナーシップとは', CO_WORD],
    ['上司との面談', '上司 面談'],
    ['結果の保存', '結果 保存'],
    ['不動層とは何ですか？', '不動層 何'],
    ['リーチの不足', 'リーチ 不足'],
    ['リーチのふそく', 'リーチのふそく'],
    // okurigana and words written in hiragana stay
    ['見える化の進め方', '見える化 進め方'],
    ['伸ばせていない群', '伸ばせていない群'],
    ['見える 増やす つなぐ', '見える 増やす つなぐ'],
    ['知る・気づく・拡げる', '知る 気づく 拡げる'],
    // a query in hiragana only is a reading: nothing is dropped
    ['ふどうそう', 'ふどうそう'],
    ['みえるの', 'みえるの'],
    ['これは', 'これは'],
    // never empty when there was something to search
    ['の', 'の'],
    ['　不動層　', '不動層'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseQuery(input)).toBe(expected);
  });

  it('recognises runs made only of particles', () => {
    expect(isParticles('での')).toBe(true);
    expect(isParticles('とは')).toBe(true);
    expect(isParticles('について')).toBe(true);
    expect(isParticles('える')).toBe(false);
    expect(isParticles('つなぐ')).toBe(false);
    expect(isParticles('')).toBe(true);
  });

  const kana = fc.string({ unit: fc.integer({ min: 0x3041, max: 0x3096 }).map((c) => String.fromCodePoint(c)), minLength: 1, maxLength: 8 });
  const text = fc.string({ unit: fc.constantFrom('不', '動', '層', 'の', 'で', 'は', 'と', 'シ', 'ニ', 'ア', 'C', '/', 'O', 'ｏ', '１', ' ', '　', '・', '、', 'a', 'す'), maxLength: 16 });

  it('leaves a query written only in hiragana as it is', () => {
    fc.assert(
      fc.property(kana, (q) => {
        expect(normaliseQuery(q)).toBe(q);
      }),
    );
  });

  it('is idempotent, trimmed, single-spaced, full-width free, and empty only for blank input', () => {
    fc.assert(
      fc.property(text, (q) => {
        const out = normaliseQuery(q);
        expect(normaliseQuery(out)).toBe(out);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s\s|[\uff01-\uff5e\u3000]/);
        expect(out === '').toBe(q.normalize('NFKC').trim() === '');
      }),
    );
  });

  it('keeps every kanji and katakana letter of the query, in order', () => {
    fc.assert(
      fc.property(text, (q) => {
        const keep = (s: string) => s.normalize('NFKC').replace(/[^\p{Script=Han}\p{Script=Katakana}\u30fc]/gu, '');
        expect(keep(normaliseQuery(q)).replace(new RegExp(CO_WORD, 'g'), '')).toBe(keep(q));
      }),
    );
  });
});
