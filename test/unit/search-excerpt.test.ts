import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCERPT_LENGTH, excerpt, markWords, readableText } from '@/lib/search/excerpt';
import { faqRecords } from '@/lib/search/faq-records';
import { highlightWords } from '@/lib/search/highlight';

const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('search excerpts', () => {
  const page =
    '不動層とは何か. 既存の施策ではカバーできない人たちがいます。ガイドブックは、その人たちを不動層と呼び、三つの群に分けます。リーチ不足群は、制度が届いていない人たちです。伸ばせていない群は、強みが見えていない人たちです。';

  it('are about 60 characters, start and end at a boundary, and mark the words whole', () => {
    const out = excerpt(page, ['リーチ不足群']);
    const shown = text(out).replace(/^…|…$/g, '');
    expect(shown.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 12);
    expect(shown.length).toBeGreaterThan(30);
    expect(marked(out)).toEqual(['リーチ不足群']);
    expect(shown).toMatch(/^リーチ不足群/);
    expect(shown).toMatch(/[。、]$/);
  });

  it('turn Pagefind’s Latin ". " between Japanese blocks into 「。」', () => {
    expect(readableText('不動層とは何か. 既存の施策')).toBe('不動層とは何か。既存の施策');
    expect(readableText('終わり。. 次')).toBe('終わり。次');
    expect(readableText('Version 1. Next')).toBe('Version 1. Next');
  });

  it('mark overlapping words as one, never a fragment of a word', () => {
    expect(markWords('不動層の群', ['不動', '不動層'])).toEqual([
      { text: '不動層', mark: true },
      { text: 'の群', mark: false },
    ]);
  });

  it('keep every character of the text in order, whatever is marked', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('不', '動', '層', 'の', '。', 'a'), maxLength: 30 }), fc.array(fc.constantFrom('不動', '層', '動層', 'の'), { maxLength: 3 }), (t, words) => {
        expect(text(markWords(t, words))).toBe(t);
      }),
    );
  });
});

describe('FAQ records', () => {
  it('make one record per question, with its answer up to the next heading', () => {
    const html = '<h2 id="m">経営から</h2>\n<h3 id="a">効果が出るまでにどれくらいかかるか</h3>\n<p>数か月で<a href="x">わかります</a>。</p>\n<p>次の段落。</p>\n<h3 id="b">Q2</h3><p>A2</p><h2 id="next">次にすること</h2><p>ほか</p>';
    expect(faqRecords(html, 'practice/faq/')).toEqual([
      { url: 'practice/faq/#a', question: '効果が出るまでにどれくらいかかるか', answer: '数か月でわかります。 次の段落。' },
      { url: 'practice/faq/#b', question: 'Q2', answer: 'A2' },
    ]);
  });
});

describe('highlight words carried to the opened page', () => {
  it('keeps words of two or more characters, longest first', () => {
    expect(highlightWords('?hl=%E4%B8%8D%E5%8B%95%E5%B1%A4+%E8%A6%8B+%E7%BE%A4%E5%88%A5')).toEqual(['不動層', '群別']);
    expect(highlightWords('?other=1')).toEqual([]);
  });
});
