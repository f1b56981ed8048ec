import { CO_WORD } from './normalise-query';

/**
 * Whether a page's text contains every word of a normalised query, so the dialog can say when the pages it shows
 * match only part of what was asked (育休 finds 「育った」 through 育, which is not what the reader asked for).
 * Matching is on NFKC, lower-cased text; キャリアオーナーシップ also counts as found where the page writes C/O.
 */
export function containsWholeQuery(content: string, normalisedQuery: string): boolean {
  const text = content.normalize('NFKC').toLowerCase();
  const words = normalisedQuery.toLowerCase().split(' ').filter(Boolean);
  return words.every((w) => text.includes(w) || (w === CO_WORD && text.includes('c/o')));
}
