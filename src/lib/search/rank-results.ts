/**
 * Ranks the pages found for a query's terms (understand-query.ts). Pagefind is asked for each term's forms on
 * their own, so a page is judged on which of the reader's words it really holds (as whole words: 退職金 is not
 * found through 退 and 金), how Pagefind scores it for each, its type (page-types.ts) and its title. Pages that
 * hold every strong word come first; the best partial matches follow, and only they are left when none does.
 */
import { CO_WORD } from './normalise-query';
import { HEADING_MATCH_BONUS, PAGE_TYPE_WEIGHTS, TITLE_MATCH_BONUS, pageTypeOf, type PageType } from './page-types';
import { understandQuery, type QueryTerm } from './understand-query';

export interface SubResult {
  title: string;
  url: string;
  /** How many of the searched words Pagefind found in this section. */
  weight: number;
}

/** One page Pagefind returned for one form of a term, with its data. `url` is relative to the site root. */
export interface PageHit {
  url: string;
  title: string;
  content: string;
  score: number;
  subResults: SubResult[];
}

export interface RankedPage {
  url: string;
  title: string;
  content: string;
  type: PageType;
  score: number;
  /** Whether the page holds every strong term of the query. */
  whole: boolean;
  /** The forms of the query's terms that the page holds, longest first: what to highlight. */
  found: string[];
  /** Sections that hold the query's words, the most relevant first. */
  subResults: SubResult[];
}

const WEAK_WEIGHT = 0.35;
/** A synonym found counts for less than the reader's own word: it is the search's guess. */
const SYNONYM_WEIGHT = 0.6;
/** A compound written apart on the page counts for less than the compound as the reader wrote it. */
const IN_PARTS_WEIGHT = 0.8;
/** With this many pages holding the whole query, partial matches are left out. */
export const ENOUGH_WHOLE = 3;
const SUB_RESULTS_SHOWN = 3;
/** How much of the heading bonus a heading earns that holds the term among other words. */
const HEADING_WORD_SHARE = 0.5;

/** Lower-cased NFKC text, the form both page text and query terms are compared in. */
export const comparable = (text: string) => text.normalize('NFKC').toLowerCase();

/** Whether `text` (comparable) holds `form`; the site writes キャリアオーナーシップ as C/O too. */
export const holds = (text: string, form: string) => text.includes(form) || (form === CO_WORD && text.includes('c/o'));

/**
 * The reader's own word counts fully, and so does the site's word for it where the reader's is a reading
 * (ふどうそう → 不動層) or a word the site never writes (セルフチェック → 自己診断). Where the site writes both
 * (管理職 and 上司), its word is the search's guess, like any other synonym.
 */
const ownWeight = (term: QueryTerm, form: string, ownWritten: boolean) =>
  form === term.forms[0] || (form === term.siteWord && (!ownWritten || /^[\u3041-\u309fー]+$/u.test(term.text))) ? 1 : SYNONYM_WEIGHT;

/** The most letters between the halves of a compound written apart: a particle and a short word (のC/O経営). */
const APART_AT_MOST = 6;

/** Whether `text` writes `first`, then `second` after at most APART_AT_MOST letters and no sentence or clause break. */
export function writtenApart(text: string, first: string, second: string): boolean {
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    const after = text.slice(at + first.length, at + first.length + APART_AT_MOST + second.length);
    const next = after.indexOf(second);
    if (next >= 0 && !/[。、．，,.!?！？\n]/u.test(after.slice(0, next))) return true;
  }
  return false;
}

/** Whether a form is held by the title, and whether it is the page's name (a title that ends with it). */
function inTitle(title: string, form: string): number {
  // The site writes C/O in nearly every title: only the spelled-out word says a page is about it.
  // A note in brackets says whom or what the page is for (（人事・管理職向け）, （A4印刷用）), not what it is about.
  const bare = title.replace(/（[^）]*）|\([^)]*\)/g, '');
  if (!bare.includes(form)) return 0;
  const name = bare.split(/[：:]/)[0]!.replace(/とは$/, '').trim();
  return name.endsWith(form) ? 2 : 1;
}

/**
 * The terms that must be held: the strong ones, except a long compound that no page holds (導入手順) when pages
 * hold each of its halves (導入, 手順): then the halves stand in for it. `missing` are the strong terms that no
 * page holds even so.
 */
function neededTerms(terms: QueryTerm[], heldAnywhere: (t: QueryTerm) => boolean): { needed: QueryTerm[]; missing: QueryTerm[] } {
  const halves = (t: QueryTerm) => terms.filter((h) => h.partOf === t.text);
  // Only a kanji compound: the halves of シニア社員 (シニア, 社員) each say far less than the whole.
  const split = new Set(terms.filter((t) => t.strong && /^\p{Script=Han}+$/u.test(t.text) && !heldAnywhere(t) && halves(t).length > 0 && halves(t).every(heldAnywhere)).map((t) => t.text));
  const missing = terms.filter((t) => t.strong && !heldAnywhere(t) && !split.has(t.text));
  const needed = terms.filter((t) => (t.strong && heldAnywhere(t)) || (t.partOf !== undefined && split.has(t.partOf)));
  return { needed: needed.length > 0 || missing.length > 0 ? needed : terms, missing };
}

/**
 * How much of the reader's question a FAQ question asks: the share of the query's words (a split compound counts
 * when both halves are there) that its title holds. From ANSWERS_ITS_QUESTION on, the answer ranks first.
 */
function askedShare(terms: QueryTerm[], title: string): number {
  const top = terms.filter((t) => t.partOf === undefined);
  if (top.length < 2) return 0;
  const held = (t: QueryTerm) => t.forms.some((f) => title.includes(f));
  const halvesHeld = (t: QueryTerm) => {
    const halves = terms.filter((h) => h.partOf === t.text);
    return halves.length > 0 && halves.every(held);
  };
  return top.filter((t) => held(t) || halvesHeld(t)).length / top.length;
}
const ANSWERS_ITS_QUESTION = 0.6;

/**
 * The reader's words written together, as a heading would write them: C/O人材 is understood as キャリアオーナーシップ
 * and 人材, and its glossary heading says C/O人材. Only for two or more words; one word is compared on its own.
 */
function queryPhrases(terms: QueryTerm[]): string[] {
  const top = terms.filter((t) => t.partOf === undefined).map((t) => t.text);
  if (top.length < 2) return [];
  const phrase = top.join('');
  return [...new Set([phrase, phrase.replaceAll(CO_WORD, 'c/o')])];
}

export function rankPages(terms: QueryTerm[], hitsByForm: Map<string, PageHit[]>): RankedPage[] {
  const pages = new Map<string, { hit: PageHit; text: string; title: string; best: Map<string, number>; subs: Map<string, SubResult> }>();
  for (const [form, hits] of hitsByForm) {
    const top = Math.max(...hits.map((h) => h.score), 1e-9);
    for (const hit of hits) {
      const page = pages.get(hit.url) ?? { hit, text: comparable(hit.content), title: comparable(hit.title), best: new Map(), subs: new Map() };
      page.best.set(form, Math.max(page.best.get(form) ?? 0, hit.score / top));
      for (const sub of hit.subResults) {
        const known = page.subs.get(sub.url);
        page.subs.set(sub.url, { ...sub, weight: (known?.weight ?? 0) + sub.weight });
      }
      pages.set(hit.url, page);
    }
  }

  // A compound the page writes apart, in order and within one phrase (組織のC/O経営セルフチェック for
  // 組織セルフチェック), where Pagefind returned the page for the compound.
  const inParts = (page: { text: string; best: Map<string, number> }, t: QueryTerm) => {
    const [first, second] = terms.filter((h) => h.partOf === t.text);
    return first !== undefined && second !== undefined && page.best.has(t.forms[0]!) && first.forms.some((a) => second.forms.some((b) => writtenApart(page.text, a, b)));
  };
  const texts = [...pages.values()].map((p) => p.text);
  const { needed, missing } = neededTerms(terms, (t) => t.forms.some((f) => texts.some((x) => holds(x, f))) || [...pages.values()].some((p) => inParts(p, t)));
  // Nothing asked is on the site, or a compound of three or more kanji is nowhere, not even in halves (退職金,
  // 育児休業の申請): it names the very thing asked about, and pages matching the rest of the query would be noise.
  // The reader gets the no-result help instead.
  const specific = (t: QueryTerm) => /^\p{Script=Han}{3,}$/u.test(t.text);
  if (missing.length > 0 && (needed.length === 0 || missing.some(specific))) return [];
  const weightOf = (t: QueryTerm) => (needed.includes(t) ? 1 : WEAK_WEIGHT);
  const phrases = queryPhrases(terms);
  const ownWritten = new Set(terms.filter((t) => texts.some((x) => holds(x, t.forms[0]!))));
  const totalWeight = terms.reduce((s, t) => s + weightOf(t), 0) || 1;
  const ranked: RankedPage[] = [];
  for (const [url, page] of pages) {
    let covered = 0;
    let relevance = 0;
    const found: string[] = [];
    const holdsTerm = new Map<QueryTerm, boolean>();
    for (const term of terms) {
      const forms = term.forms.filter((f) => holds(page.text, f));
      const parts = forms.length === 0 && inParts(page, term);
      holdsTerm.set(term, forms.length > 0 || parts);
      if (forms.length === 0 && !parts) continue;
      const weight = weightOf(term);
      covered += weight;
      if (parts) {
        relevance += weight * IN_PARTS_WEIGHT * (0.4 + 0.6 * page.best.get(term.forms[0]!)!);
        continue;
      }
      // Held but not among the pages Pagefind returned for the form: it counts, a little.
      const own = (f: string) => ownWeight(term, f, ownWritten.has(term));
      relevance += weight * Math.max(...forms.map((f) => own(f) * (0.4 + 0.6 * (page.best.get(f) ?? 0))));
      found.push(...forms);
    }
    if (!needed.some((t) => holdsTerm.get(t))) continue;
    const type = pageTypeOf(url);
    // A FAQ question is the answer when it asks what the reader asked: one shared word is chance.
    const titleTerms = type === 'answer' ? (terms.length > 1 ? terms : []) : needed;
    const titled = titleTerms.reduce((sum, t) => sum + Math.max(0, ...t.forms.map((f) => ownWeight(t, f, ownWritten.has(t)) * inTitle(page.title, f))), 0);
    const titleShare = titleTerms.length ? titled / titleTerms.length : 0;
    // A section headed by the term itself (## リーチ不足群) is where the term is explained.
    const headings = [...page.subs.values()].map((sub) => comparable(sub.title).replace(/（[^）]*）|\([^)]*\)/g, '').trim());
    // A heading that holds the term as one of its words (### 現場の管理職の方) is about it, less surely. Not C/O,
    // which the site writes in most headings.
    const headingWords = headings.flatMap((h) => understandQuery(h).filter((t) => t.partOf === undefined && t.text !== CO_WORD).map((t) => t.text));
    const headedBy = (t: QueryTerm) => (t.forms.some((f) => headings.includes(f)) ? 1 : t.forms.some((f) => headingWords.includes(f)) ? HEADING_WORD_SHARE : 0);
    const headed = type === 'answer' ? 0 : headings.some((h) => phrases.includes(h)) ? 1 : needed.reduce((sum, t) => sum + headedBy(t), 0) / needed.length;
    const coverage = covered / totalWeight;
    const asked = type === 'answer' ? askedShare(terms, page.title) : 0;
    const answers = asked >= ANSWERS_ITS_QUESTION;
    const score = (answers ? 1 + asked : coverage * coverage) * (relevance / totalWeight) * PAGE_TYPE_WEIGHTS[type] * (1 + TITLE_MATCH_BONUS * titleShare) * (1 + HEADING_MATCH_BONUS * headed);
    const termsOf = (s: SubResult) => terms.filter((t) => t.forms.some((f) => holds(comparable(s.title), f))).length;
    const subResults = [...page.subs.values()]
      .filter((s) => s.url.includes('#') && comparable(s.title) !== page.title)
      .sort((a, b) => termsOf(b) - termsOf(a) || b.weight - a.weight)
      .slice(0, SUB_RESULTS_SHOWN);
    ranked.push({
      url,
      title: page.hit.title,
      content: page.hit.content,
      type,
      score,
      // Words no page holds (ピアノ in 不動層 ピアノ) leave every page partial.
      whole: answers || (missing.length === 0 && needed.every((t) => holdsTerm.get(t))),
      found: [...new Set(found)].sort((a, b) => b.length - a.length),
      subResults,
    });
  }
  ranked.sort((a, b) => Number(b.whole) - Number(a.whole) || b.score - a.score || a.url.localeCompare(b.url));
  const whole = ranked.filter((r) => r.whole);
  return whole.length >= ENOUGH_WHOLE ? whole : ranked;
}
