import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemOf, synonymIndex, understandQuery, wordsOf } from '@/lib/search/understand-query';
import { CO_WORD } from '@/lib/search/normalise-query';

const texts = (q: string, syn = new Map<string, string[]>()) => understandQuery(q, syn).map((t) => (t.strong ? t.text : `(${t.text})`));

describe('understandQuery', () => {
  it.each([
    // questions typed as sentences lose their endings, particles and question words
    ['部下から転職したいと言われたらどうすればいい', ['部下', '転職', '(言わ)']],
    ['最初の90日で何をすればいい', ['最初', '90日']],
    ['キャリアオーナーシップとは何か', [CO_WORD]],
    ['不動層とは何ですか？', ['不動層']],
    ['役職定年のあとどう働けばいいか', ['役職定年', '(働け)', '(役職)', '(定年)']],
    ['効果が出るまでどのくらいかかる', ['効果', '(出る)']],
    // okurigana inside a word keeps the word whole; an inflected ending is cut to the stem
    ['アンケート 取り込み', ['アンケート', '取り込']],
    ['読み込む', ['読み込']],
    ['見える', ['見え']],
    // words, readings and Latin stay as typed
    ['ふどうそう', ['ふどうそう']],
    ['見える 増やす つなぐ', ['(見え)', '(増や)', 'つなぐ']],
    ['1on1', ['1on1']],
    ['career ownership', ['career', 'ownership']],
    // a question made only of question words still searches for something
    ['何', ['(何)']],
  ])('%s → %j', (query, expected) => {
    expect(texts(query)).toEqual(expected);
  });

  it('adds the synonyms of a word as further forms, the site’s own word included', () => {
    const syn = synonymIndex([{ words: ['読み込む', '取り込む', 'インポート'] }, { words: ['自己診断', 'じこしんだん'] }]);
    expect(understandQuery('アンケート 取り込み', syn)[1]!.forms).toEqual(['取り込', '読み込', 'インポート']);
    expect(understandQuery('じこしんだん', syn)[0]!.forms).toEqual(['じこしんだん', '自己診断']);
    expect(understandQuery('不動層', syn)[0]!.forms).toEqual(['不動層']);
  });

  it('splits a long kanji compound into weak halves that point back to it', () => {
    const terms = understandQuery('施策 導入手順');
    expect(terms.map((t) => [t.text, t.strong, t.partOf])).toEqual([
      ['施策', true, undefined],
      ['導入手順', true, undefined],
      ['導入', false, '導入手順'],
      ['手順', false, '導入手順'],
    ]);
  });

  it('splits a compound of a kanji and a katakana word into weak halves, and nothing shorter', () => {
    expect(understandQuery('組織セルフチェック').map((t) => [t.text, t.strong, t.partOf])).toEqual([
      ['組織セルフチェック', true, undefined],
      ['組織', false, '組織セルフチェック'],
      ['セルフチェック', false, '組織セルフチェック'],
    ]);
    expect(texts('チーム集計')).toEqual(['チーム集計', '(チーム)', '(集計)']);
    // One letter on either side (ミドル層), one script only, or a word of three scripts is left whole.
    for (const word of ['ミドル層', 'セルフチェック', '不動層', '1on1質問シート', 'iframe埋め込み']) expect(texts(word)).toHaveLength(1);
    // A word of the synonym list is known as it is.
    expect(texts('組織セルフチェック', synonymIndex([{ words: ['組織セルフチェック'] }]))).toEqual(['組織セルフチェック']);
  });

  it('cuts only a trailing hiragana ending, and keeps one kana after a lone kanji', () => {
    expect(stemOf('不動層')).toBe('不動層');
    expect(stemOf('見える')).toBe('見え');
    expect(stemOf('読み込む')).toBe('読み込');
    expect(stemOf('つなぐ')).toBe('つなぐ');
    expect(wordsOf('自社での発揮')).toEqual(['自社', '発揮']);
  });

  const piece = fc.string({ unit: fc.constantFrom('不', '動', '層', 'の', 'で', 'は', 'と', 'す', 'る', 'シ', 'ニ', 'ア', 'C', '/', 'O', '１', ' ', '？', '何', 'か'), maxLength: 20 });
  it('never returns an empty form, a duplicate term, or nothing for a query with letters', () => {
    fc.assert(
      fc.property(piece, (q) => {
        const terms = understandQuery(q);
        if (q.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '') !== '') expect(terms.length).toBeGreaterThan(0);
        expect(new Set(terms.map((t) => t.text)).size).toBe(terms.length);
        for (const t of terms) for (const f of t.forms) expect(f.trim()).not.toBe('');
      }),
    );
  });
});
