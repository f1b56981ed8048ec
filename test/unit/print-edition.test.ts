import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chapterAnchor, chaptersFromSidebar, chapterTitleLevel, partsOf, type SidebarItem } from '@/lib/print-edition/contents';
import { rewriteBook, rewriteChapter } from '@/lib/print-edition/rewrite';

const BASE = '/hr/co-guide/';
const link = (slug: string, label = slug): SidebarItem => ({ type: 'link', label, href: `${BASE}${slug}/` });
const SIDEBAR: SidebarItem[] = [
  { type: 'group', label: 'はじめに', entries: [link('how-to-use')] },
  { type: 'group', label: 'C/O経営とは', entries: [link('co-keiei/definition'), link('co-keiei/frame')] },
  { type: 'link', label: '外部', href: 'https://example.org/' },
  { type: 'group', label: '個人視点', entries: [link('kojin/measures'), { type: 'group', label: '内側', entries: [link('kojin/self-check')] }] },
  link('glossary'),
];
const chapters = chaptersFromSidebar(SIDEBAR, BASE, (slug) => slug !== 'missing');
const bySlug = (slug: string) => chapters.find((c) => c.slug === slug)!;
const byPath = new Map(chapters.map((c) => [c.href, c]));

describe('the print edition’s chapters, from the sidebar', () => {
  it('takes every chapter link in sidebar order with the groups around it, and nothing else', () => {
    expect(chapters.map((c) => [c.slug, c.parts.join(' › ')])).toEqual([
      ['how-to-use', 'はじめに'],
      ['co-keiei/definition', 'C/O経営とは'],
      ['co-keiei/frame', 'C/O経営とは'],
      ['kojin/measures', '個人視点'],
      ['kojin/self-check', '個人視点 › 内側'],
      ['glossary', ''],
    ]);
    expect(chaptersFromSidebar([link('missing'), link('glossary')], BASE, (s) => s !== 'missing').map((c) => c.slug)).toEqual(['glossary']);
  });

  it('groups runs of chapters under the group labels that start with them, titled one level below their group', () => {
    expect(partsOf(chapters).map((p) => [p.labels, p.chapters.map((c) => c.slug)])).toEqual([
      [['はじめに'], ['how-to-use']],
      [['C/O経営とは'], ['co-keiei/definition', 'co-keiei/frame']],
      [['個人視点'], ['kojin/measures']],
      [['内側'], ['kojin/self-check']],
      [[], ['glossary']],
    ]);
    expect(chapters.map(chapterTitleLevel)).toEqual([3, 3, 3, 3, 4, 2]);
  });

  it('gives every chapter an anchor of its own', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/), { minLength: 2 }), (slugs) => {
        expect(new Set(slugs.map(chapterAnchor)).size).toBe(slugs.length);
      }),
    );
  });
});

describe('rewriting a chapter for the book', () => {
  const measures = bySlug('kojin/measures');

  it('prefixes ids and every reference to them, so that two chapters’ #know never clash', () => {
    const html = '<h2 id="know">知る</h2><label for="q1">問</label><input id="q1" aria-describedby="hint q1"><a href="#know">↑</a><svg><path fill="url(#grad)"/></svg>';
    expect(rewriteChapter(html, measures, byPath, 0)).toBe(
      '<h2 id="ch_kojin_measures__know">知る</h2><label for="ch_kojin_measures__q1">問</label><input id="ch_kojin_measures__q1" aria-describedby="ch_kojin_measures__hint ch_kojin_measures__q1"><a href="#ch_kojin_measures__know">↑</a><svg><path fill="url(#ch_kojin_measures__grad)" /></svg>',
    );
  });

  it('turns links to chapters of the book into links inside it, and others into addresses that work from the print page', () => {
    const cases: [href: string, expected: string][] = [
      ['../../co-keiei/frame/', '#ch_co-keiei_frame'],
      ['../../co-keiei/frame/#mieru', '#ch_co-keiei_frame__mieru'],
      ['/hr/co-guide/glossary/#fudo', '#ch_glossary__fudo'],
      ['../self-check/', '#ch_kojin_self-check'],
      ['../../embed/self-check/', '/hr/co-guide/embed/self-check/'],
      ['../../', '/hr/co-guide/'],
      ['../../kojin/measures/?band=young', '/hr/co-guide/kojin/measures/?band=young'],
      ['https://example.org/a#b', 'https://example.org/a#b'],
      ['mailto:hr@example.jp', 'mailto:hr@example.jp'],
    ];
    for (const [href, expected] of cases) expect(rewriteChapter(`<a href="${href}">x</a>`, measures, byPath, 0), href).toBe(`<a href="${expected}">x</a>`);
  });

  it('keeps a link marked as a web address as written, and resolves images from the chapter’s address', () => {
    expect(rewriteChapter('<a href="/hr/co-guide/tools/self-check/" data-web-address>u</a>', measures, byPath, 0)).toBe('<a href="/hr/co-guide/tools/self-check/" data-web-address>u</a>');
    expect(rewriteChapter('<img src="../../figure.svg" alt="">', measures, byPath, 0)).toBe('<img src="/hr/co-guide/figure.svg" alt="">');
  });

  it('moves headings down, never below h6, and leaves text that merely looks like markup alone', () => {
    expect(rewriteChapter('<h2 id="a">A</h2><h3>B</h3><h5>C</h5><p>&lt;h2 id="x"&gt; a &gt; b</p>', measures, byPath, 2)).toBe(
      '<h4 id="ch_kojin_measures__a">A</h4><h5>B</h5><h6>C</h6><p>&lt;h2 id="x"&gt; a &gt; b</p>',
    );
    expect(rewriteChapter('<p title="a > b" id="t">x</p>', measures, byPath, 0)).toBe('<p title="a > b" id="ch_kojin_measures__t">x</p>');
  });
});

describe('rewriting the book', () => {
  const book = (slug: string, body: string) => `<article id="${chapterAnchor(slug)}" data-print-chapter-end><h3>${slug}</h3><div data-print-chapter="${slug}">${body}</div></article>`;

  it('rewrites each chapter’s content for that chapter and leaves the frame (titles, contents) alone', () => {
    const html = `<nav><a href="#ch_glossary">用語集</a></nav>${book('glossary', '<h2 id="know">知る</h2>')}${book('co-keiei/frame', '<h2 id="know">知る</h2><a href="../../glossary/#know">g</a>')}`;
    const out = rewriteBook(html, { chapters, headingShift: () => 2 });
    expect(out).toContain('<nav><a href="#ch_glossary">用語集</a></nav>');
    expect(out).toContain('<h3>glossary</h3>');
    expect(out).toContain('<h4 id="ch_glossary__know">知る</h4>');
    expect(out).toContain('<h4 id="ch_co-keiei_frame__know">知る</h4><a href="#ch_glossary__know">g</a>');
  });

  it('sends a link to a heading that is not in the book to the start of its chapter', () => {
    const out = rewriteBook(`${book('glossary', '')}${book('co-keiei/frame', '<a href="../../glossary/#gone">g</a><a href="#also-gone">h</a>')}`, { chapters, headingShift: () => 1 });
    expect(out).toContain('<a href="#ch_glossary">g</a><a href="#ch_co-keiei_frame">h</a>');
  });

  it('refuses a chapter that is not in the list', () => {
    expect(() => rewriteBook(book('nowhere', ''), { chapters, headingShift: () => 1 })).toThrow(/nowhere/);
  });
});
