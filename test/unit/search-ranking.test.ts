import { describe, expect, it } from 'vitest';
import { PAGE_TYPE_WEIGHTS, pageTypeOf } from '@/lib/search/page-types';
import { rankPages, writtenApart, type PageHit } from '@/lib/search/rank-results';
import { synonymIndex, understandQuery } from '@/lib/search/understand-query';

const hit = (url: string, title: string, content: string, score = 1): PageHit => ({ url, title, content, score, subResults: [] });
/** Ranks the pages as if Pagefind had returned each of them for every form of the query. */
const rank = (query: string, pages: PageHit[]) => {
  const terms = understandQuery(query);
  const forms = terms.flatMap((t) => t.forms);
  return rankPages(terms, new Map(forms.map((f) => [f, pages.filter((p) => p.content.includes(f))]))).map((p) => p.url);
};

describe('page types and their weights', () => {
  it('knows every kind of page by its path', () => {
    expect(pageTypeOf('practice/faq/#evaluation')).toBe('answer');
    expect(pageTypeOf('tools/self-check/')).toBe('tool');
    expect(pageTypeOf('soshiki/fudo/')).toBe('chapter');
    expect(pageTypeOf('')).toBe('chapter');
    expect(pageTypeOf('glossary/')).toBe('reference');
    expect(pageTypeOf('practice/faq/')).toBe('reference');
    for (const sheet of ['practice/talk-sheets-groups/', 'practice/talk-sheets-ages/', 'practice/career-sheet/', 'practice/consent/', 'practice/trial-plan/', 'practice/board-report/']) expect(pageTypeOf(sheet)).toBe('sheet');
  });

  it('puts tools and chapters above reference pages, and those above printable sheets', () => {
    const w = PAGE_TYPE_WEIGHTS;
    expect(w.tool).toBeGreaterThan(w.chapter);
    expect(w.chapter).toBeGreaterThan(w.reference);
    expect(w.reference).toBeGreaterThan(w.sheet);
  });
});

describe('rankPages', () => {
  it('ranks the chapter that explains a term and the tool of that name above a sheet that repeats it more', () => {
    const pages = [
      hit('practice/talk-sheets-groups/', '1on1質問シート', 'リーチ不足群 リーチ不足群 リーチ不足群 の質問', 3),
      hit('soshiki/groups/', '不動層の3つの群', 'リーチ不足群とは、制度が届いていない人たち。', 1),
    ];
    expect(rank('リーチ不足群', pages)).toEqual(['soshiki/groups/', 'practice/talk-sheets-groups/']);
    const named = [
      hit('practice/consent/', '自己診断の結果を集めるときの同意文', '自己診断 自己診断 自己診断', 2),
      hit('tools/self-check/', 'キャリアオーナーシップ自己診断', '自己診断の設問に答える', 1),
    ];
    expect(rank('自己診断', named)[0]).toBe('tools/self-check/');
  });

  it('ranks the FAQ answer first for its own question, but not for a single word it shares', () => {
    const pages = [
      hit('practice/faq/#wants-to-leave', '部下から「転職したい」と言われたら', '部下から転職したいと言われたら。まず礼を言う。', 2),
      hit('kojin/age-bands/', '年代別のキャリアの停滞理由', '部下 転職 言われる 部下 転職', 3),
      hit('practice/faq/#fudo', '不動層の部下にどう声をかけるか', '不動層という言葉は使わない', 3),
      hit('soshiki/fudo/', '不動層とは', '不動層とは、施策が届かない人たち', 1),
    ];
    expect(rank('部下から転職したいと言われたらどうすればいい', pages)[0]).toBe('practice/faq/#wants-to-leave');
    expect(rank('不動層', pages)[0]).toBe('soshiki/fudo/');
  });

  it('puts pages holding every word first, and shows partial matches only when few hold them all', () => {
    const pages = [hit('a/', 'A', '不動層 施策', 1), hit('b/', 'B', '不動層', 5), hit('c/', 'C', '施策', 5)];
    const ranked = rankPages(understandQuery('不動層 施策'), new Map([['不動層', [pages[0]!, pages[1]!]], ['施策', [pages[0]!, pages[2]!]]]));
    expect(ranked.map((r) => [r.url, r.whole])).toEqual([['a/', true], ['b/', false], ['c/', false]]);
  });

  it('finds nothing for a word only matched by its characters, and for a named thing the site does not cover', () => {
    // Pagefind may return a page for 退職金 through 退職 and 金: the page does not hold the word.
    const pages = [hit('kpi/', 'KPI', '退職の計算と金額', 1)];
    expect(rank('退職金', pages)).toEqual([]);
    expect(rank('退職金の計算', pages)).toEqual([]);
    expect(rank('給与明細', [hit('x/', 'X', '給与と明細', 1)])).toEqual(['x/']);
    expect(rank('給与明細', [hit('x/', 'X', '明細', 1)])).toEqual([]);
  });

  it('counts a section headed by the reader\'s words written together, C/O written as the site writes it', () => {
    // C/O人材 is understood as キャリアオーナーシップ and 人材; the glossary's heading says C/O人材.
    const headed: PageHit = { ...hit('glossary/', '用語集', 'C/O人材とは、自分のキャリアを自分で考える人', 1), subResults: [{ title: 'C/O人材', url: 'glossary/#co-jinzai', weight: 1 }] };
    const chapter = hit('co-keiei/definition/', '定義', 'C/O人材を育てるには、自分のキャリアを考える', 1);
    expect(rank('C/O人材', [chapter, headed])[0]).toBe('glossary/');
    // The heading is what moves it: without it the chapter outweighs the reference page.
    expect(rank('C/O人材', [chapter, { ...headed, subResults: [] }])[0]).toBe('co-keiei/definition/');
    // Words that only together form the heading: a heading of one of them alone is not the phrase.
    expect(rank('C/O 人材', [chapter, { ...headed, subResults: [{ title: '人材像', url: 'glossary/#x', weight: 1 }] }])[0]).toBe('co-keiei/definition/');
  });

  it('does not count a title match inside a bracketed note of whom the page is for', () => {
    const noted = hit('a/', 'チーム集計（人事・管理職向け）', '管理職', 1);
    const plain = hit('b/', '現場で読む', '管理職 管理職', 2);
    expect(rank('管理職', [noted, plain])).toEqual(['b/', 'a/']);
    // The same words outside the brackets are the page's name.
    expect(rank('管理職', [{ ...noted, title: '管理職向けチーム集計' }, plain])).toEqual(['a/', 'b/']);
  });

  it('counts, less, a section whose heading holds the term among other words', () => {
    const withHeading = (title: string): PageHit => ({ ...hit('how-to-use/', '使い方', '現場の管理職の方は', 1), subResults: [{ title, url: 'how-to-use/#managers', weight: 1 }] });
    const other = hit('other/', 'ほか', '管理職 管理職', 1.1);
    expect(rank('管理職', [withHeading('現場の管理職の方'), other])).toEqual(['how-to-use/', 'other/']);
    expect(rank('管理職', [withHeading('現場の方'), other])).toEqual(['other/', 'how-to-use/']);
    // Inside a longer word (管理職層) the term is not a word of the heading.
    expect(rank('管理職', [withHeading('管理職層の方'), other])).toEqual(['other/', 'how-to-use/']);
  });

  it('counts the site\'s word fully only where the reader\'s word is a reading or not on the site', () => {
    const synonyms = synonymIndex([{ words: ['上司', '管理職'] }, { words: ['不動層', 'ふどうそう'] }]);
    const boss = hit('boss/', 'ほか', '上司', 1);
    const managers = [hit('m1/', 'ほか', '管理職', 1), hit('m2/', 'ほか', '管理職 管理職', 2)];
    const ranked = rankPages(understandQuery('管理職', synonyms), new Map([['管理職', managers], ['上司', [boss]]]));
    expect(ranked.map((p) => p.url).at(-1)).toBe('boss/');
    // ふどうそう is 不動層 read aloud: a page that writes 不動層 answers it as fully as one that writes the reading.
    const [kanji, reading] = [hit('x/', 'ほか', '不動層', 1), hit('y/', 'ほか', 'ふどうそう', 1)];
    const fudo = rankPages(understandQuery('ふどうそう', synonyms), new Map([['ふどうそう', [reading]], ['不動層', [kanji]]]));
    expect(fudo.find((p) => p.url === 'x/')!.score).toBe(fudo.find((p) => p.url === 'y/')!.score);
    // Where the site never writes the reader's word, its own word is the answer.
    const onlySite = rankPages(understandQuery('管理職', synonyms), new Map([['上司', [boss]]]));
    expect(onlySite[0]!.score).toBe(rankPages(understandQuery('上司', synonyms), new Map([['上司', [boss]]]))[0]!.score);
  });

  it('counts a compound written apart within one phrase, and not its halves far apart', () => {
    expect(writtenApart('組織のc/o経営セルフチェック', '組織', 'セルフチェック')).toBe(true);
    expect(writtenApart('組織セルフチェック', '組織', 'セルフチェック')).toBe(true);
    expect(writtenApart('組織の見立て。セルフチェック', '組織', 'セルフチェック')).toBe(false);
    expect(writtenApart('組織の見立てと社員のセルフチェック', '組織', 'セルフチェック')).toBe(false);
    expect(writtenApart('セルフチェックの組織', '組織', 'セルフチェック')).toBe(false);
    const tool = hit('tools/org-check/', '組織のC/O経営セルフチェック', '組織のC/O経営セルフチェックに答える', 1);
    const model = hit('tools/model/', 'この診断モデルについて', '組織セルフチェックの決め方', 1);
    const far = hit('soshiki/fudo/', '不動層とは', '組織で動かない人たち。セルフチェックで分かる', 1);
    const hits = new Map([['組織セルフチェック', [tool, model, far]], ['組織', [tool, model, far]], ['セルフチェック', [tool, model, far]]]);
    const ranked = rankPages(understandQuery('組織セルフチェック'), hits);
    expect(ranked.map((p) => p.url)).toEqual(['tools/org-check/', 'tools/model/']);
    // Pagefind must have returned the page for the compound itself.
    expect(rankPages(understandQuery('組織セルフチェック'), new Map([...hits, ['組織セルフチェック', [model]]])).map((p) => p.url)).toEqual(['tools/model/']);
  });

  it('does not let the halves of a kanji and katakana compound stand in for it', () => {
    // No page holds シニア社員: pages with シニア and 社員 apart are no closer to it than pages with 施策 alone.
    const pages = [hit('kojin/measures/', '施策一覧', 'シニア層の施策', 1), hit('practice/kpi/', '指標', '施策 社員 シニア', 1)];
    const ranked = rankPages(understandQuery('シニア社員 施策'), new Map([['施策', pages], ['シニア', pages], ['社員', [pages[1]!]]]));
    expect(ranked.every((p) => !p.whole)).toBe(true);
  });

  it('lets the halves of a compound no page holds stand in for it', () => {
    const pages = [hit('practice/roadmap/', '進め方', '施策の導入の手順', 1), hit('other/', 'Other', '施策', 1)];
    expect(rank('施策 導入手順', pages)[0]).toBe('practice/roadmap/');
  });
});
