/**
 * Turns what a reader types into the term Pagefind searches for. Runs in the search dialog (Pagefind UI's
 * `processTerm` hook) and in the regression suite, so both see the same term.
 *
 * - NFKC: full-width Latin and digits (ＣＯ, １ｏｎ１) and half-width katakana become the forms the index holds.
 * - `C/O`, `CO`, `c/o` (alone or before Japanese, e.g. CO経営) mean キャリアオーナーシップ: the index splits
 *   `C/O` into the letters c and o, which match everywhere and nowhere in particular.
 * - Particles (の, で, を, とは…) are dropped from a query that contains kanji or katakana, so that 自社での発揮
 *   looks for 自社 and 発揮 instead of ranking pages by の and で. A query written only in hiragana is left as it
 *   is: there the same letters are the word itself (みえる, つなぐ).
 * - Punctuation becomes a space; the result never comes back empty while the input had something to search.
 */

/** The word the site uses for C/O in running text. */
export const CO_WORD = 'キャリアオーナーシップ';

/** Function words that carry no meaning for search; a hiragana run made only of these is dropped. */
const PARTICLES = [
  'について', 'における', 'にとって', 'として', 'による', 'ですか', 'ますか',
  'から', 'まで', 'より', 'など', 'とは', 'には', 'では', 'への', 'との', 'での', 'からの', 'までの',
  'この', 'その', 'あの', 'どの', 'です', 'ます',
  'の', 'に', 'は', 'を', 'が', 'で', 'と', 'へ', 'や', 'も', 'か',
];

const HIRAGANA_RUN = /[\u3041-\u309f]+/gu;
const KANJI_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}]/u;
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** Whether `run` can be cut, left to right, into particles only (e.g. での = で + の). */
export function isParticles(run: string): boolean {
  const ok: boolean[] = [true];
  for (let end = 1; end <= run.length; end++) {
    ok[end] = PARTICLES.some((p) => p.length <= end && ok[end - p.length] === true && run.startsWith(p, end - p.length));
  }
  return ok[run.length] === true;
}

export function normaliseQuery(input: string): string {
  let q = input.normalize('NFKC');
  // C/O or CO as a word of its own: not inside a longer Latin word or number (coach, co-guide, CO2).
  // A slash after it (`CO/`, `CO/O`) does not protect it: the slash becomes a space below and would leave a bare CO.
  q = q.replace(/(?<![a-z\d])c\s*\/\s*o(?![a-z\d])/giu, ` ${CO_WORD} `).replace(/(?<![a-z\d])co(?![a-z\d-])/giu, ` ${CO_WORD} `);
  // The guide writes counts in numerals (3つ); a reader may type 三つ.
  q = q.replace(/([一二三四五六七八九])つ/gu, (_, k: string) => `${'一二三四五六七八九'.indexOf(k) + 1}つ`);
  q = q.replace(PUNCTUATION, ' ');
  if (KANJI_OR_KATAKANA.test(q)) {
    q = q.replace(HIRAGANA_RUN, (run) => (isParticles(run) ? ' ' : run));
  }
  const out = q.replace(/\s+/g, ' ').trim();
  return out || input.normalize('NFKC').trim();
}
