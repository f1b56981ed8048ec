/**
 * Turns what a reader types into the terms the search looks for. Japanese questions are typed as sentences
 * (部下から転職したいと言われたらどうすればいい); the index holds words, and Pagefind requires every word of a
 * query to be on a page. So the query is cut into content words: particles, question endings and question words
 * go, verb endings are cut to their stem (言われたら → 言わ), and each word takes along the other words of its
 * synonym group (content/data/search-synonyms.yaml). Runs in the search dialog and in the regression suite.
 */
import { normaliseQuery } from './normalise-query';

export interface QueryTerm {
  /** The word as the reader typed it (after normalisation), for messages. */
  text: string;
  /** What to look for: the word's stem first, then its synonyms' stems. A page matches the term if it holds any. */
  forms: string[];
  /** The form the site itself uses (the first word of the term's synonym group), or the term itself. */
  siteWord: string;
  /**
   * A one-character stem (言わ, 出る) or a part split off a long compound says little on its own: it helps rank
   * but is not needed for a page to answer the query.
   */
  strong: boolean;
  /** For a half of a long compound: the compound. It stands in for the compound when no page holds it. */
  partOf?: string;
}

/** Words that ask rather than say what is sought: dropped from a query that has other words. */
const QUESTION_WORDS = new Set(['何', '誰', '何故', '方法', '場合', 'こと', 'もの', 'とき', 'ため', 'よう', 'ほう']);

const HIRAGANA = /^[\u3041-\u309f]$/u;
const HIRAGANA_ONLY = /^[\u3041-\u309fー]+$/u;
/** One-kana runs that sit between two kanji as okurigana (取り込み, 読み込む), not as particles. */
const PARTICLE_CHARS = new Set([...'のにはをがでとへやもかね']);

/** Cuts a word to the part that stays the same when it is inflected: 読み込む → 読み込, 見える → 見え, 不動層 → 不動層. */
export function stemOf(word: string): string {
  if (HIRAGANA_ONLY.test(word)) return word;
  const chars = [...word];
  let end = chars.length;
  while (end > 0 && HIRAGANA.test(chars[end - 1]!)) end--;
  if (end === chars.length || end === 0) return word;
  // A single kanji before the ending keeps its first kana (見 alone matches far too much, 見え does not), unless
  // that kana is a particle (何を).
  return chars.slice(0, end === 1 && !'のにはをがでとへもか'.includes(chars[1]!) ? 2 : end).join('');
}

/**
 * Splits one space-free piece of a query into words: runs of kanji, katakana, Latin letters and digits, joined
 * across short okurigana (取り込み); hiragana between them, which in a mixed query is particles, endings and
 * question phrases (のあとどう, すればいいか), is dropped after its first kana is kept for a one-kanji stem.
 */
export function wordsOf(piece: string): string[] {
  if (HIRAGANA_ONLY.test(piece)) return [piece];
  const runs = piece.match(/[\u3041-\u309f]+|[^\u3041-\u309f]+/gu) ?? [];
  const words: string[] = [];
  let current = '';
  runs.forEach((run, i) => {
    const isKana = HIRAGANA.test(run[0]!);
    if (!isKana) {
      current += run;
      return;
    }
    const between = current !== '' && i < runs.length - 1;
    if (between && run.length <= 2 && !PARTICLE_CHARS.has(run[0]!) && !PARTICLE_CHARS.has(run.at(-1)!)) {
      current += run;
      return;
    }
    if (current) words.push(stemOf(current + run));
    current = '';
  });
  if (current) words.push(current);
  return words;
}

/** A synonym lookup: each word's stem → the stems of its whole group, the site's own word first. */
export function synonymIndex(groups: readonly { words: readonly string[] }[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const group of groups) {
    const stems = [...new Set(group.words.map((w) => stemOf(normaliseQuery(w).toLowerCase())))];
    for (const stem of stems) index.set(stem, [...new Set([...(index.get(stem) ?? []), ...stems])]);
  }
  return index;
}

const isKanji = (w: string) => /^\p{Script=Han}+$/u.test(w);

/**
 * The two halves of a compound worth splitting: four kanji or more, cut in the middle, or a kanji word and a
 * katakana word of two letters or more each (組織 + セルフチェック, not ミドル + 層).
 */
function compoundHalves(word: string): [string, string] | undefined {
  if (isKanji(word)) {
    if (word.length < 4) return undefined;
    const half = Math.ceil(word.length / 2);
    return [word.slice(0, half), word.slice(half)];
  }
  const mixed = /^(\p{Script=Han}{2,})([\p{Script=Katakana}ー]{2,})$|^([\p{Script=Katakana}ー]{2,})(\p{Script=Han}{2,})$/u.exec(word);
  if (!mixed) return undefined;
  const [first, second] = mixed.slice(1).filter(Boolean);
  return [first!, second!];
}

/** The terms of a query; empty only when the query has nothing to search for. */
export function understandQuery(input: string, synonyms: Map<string, string[]> = new Map()): QueryTerm[] {
  const normalised = normaliseQuery(input).toLowerCase();
  const words = normalised.split(' ').filter(Boolean).flatMap(wordsOf);
  const meaningful = words.filter((w) => !QUESTION_WORDS.has(w));
  const kept = meaningful.length > 0 ? meaningful : words;
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (text: string, strong: boolean, partOf?: string) => {
    if (seen.has(text)) return;
    seen.add(text);
    const group = synonyms.get(text) ?? [];
    const forms = [text, ...group.filter((s) => s !== text)];
    const siteWord = group[0] ?? text;
    terms.push(partOf ? { text, forms, siteWord, strong, partOf } : { text, forms, siteWord, strong });
  };
  for (const word of kept) {
    const short = [...word].length < 2 || (/^\p{Script=Han}[\u3041-\u309f]$/u.test(word) && kept.length > 1);
    add(word, !short);
  }
  // A long kanji compound the site may not write as one word (導入手順, 役職定年後), or one of a kanji and a katakana
  // word (組織セルフチェック, which the site writes 組織の…セルフチェック), also brings its halves, which rank pages
  // that hold the parts when none holds the whole.
  for (const word of kept) {
    if (synonyms.has(word)) continue;
    const halves = compoundHalves(word);
    if (!halves) continue;
    add(halves[0], false, word);
    add(halves[1], false, word);
  }
  return terms;
}
