import { describe, expect, it } from 'vitest';
import { CO_WORD } from '@/lib/search/normalise-query';
import { containsWholeQuery } from '@/lib/search/whole-match';

describe('containsWholeQuery', () => {
  it.each([
    ['不動層は動かない人たち', '不動層', true],
    ['育った力を事業につなぐ', '育休', false],
    ['自社での発揮を描けない', '自社 発揮', true],
    ['自社の強み', '自社 発揮', false],
    ['C/O経営の目的', `${CO_WORD} 経営`, true],
    ['キャリアオーナーシップの定義', CO_WORD, true],
    ['ＣＳＶで書き出す', 'csv', true],
    ['1on1で話す', '1ON1', true],
  ])('%s contains %s: %s', (content, query, expected) => {
    expect(containsWholeQuery(content, query)).toBe(expected);
  });
});
