/**
 * One search, from what the reader typed to the ranked pages: the query's terms (understand-query.ts), each of
 * their forms looked up on its own through `lookUp` (Pagefind in the dialog and in the regression suite), then
 * ranked (rank-results.ts). When nothing answers, shorter words that do have pages are offered instead.
 */
import { rankPages, type PageHit, type RankedPage } from './rank-results';
import { understandQuery, type QueryTerm } from './understand-query';

/** Finds the pages that hold one word, best first, at most `limit`, with their data. */
export type LookUp = (form: string, limit: number) => Promise<PageHit[]>;

export interface SearchOutcome {
  terms: QueryTerm[];
  pages: RankedPage[];
  /** Pages were found, but none holds every strong word of the query. */
  partial: boolean;
  /** Shorter words that have pages, offered when nothing was found. */
  suggestions: string[];
}

/** Pages read per form: enough for a site of this size that a relevant page is never cut off. */
const PER_FORM = 20;
const SUGGESTIONS = 3;

export async function runSearch(query: string, synonyms: Map<string, string[]>, lookUp: LookUp): Promise<SearchOutcome> {
  const terms = understandQuery(query, synonyms);
  const forms = [...new Set(terms.flatMap((t) => t.forms))];
  const hits = await Promise.all(forms.map((f) => lookUp(f, PER_FORM)));
  const pages = rankPages(terms, new Map(forms.map((f, i) => [f, hits[i]!])));
  const partial = pages.length > 0 && !pages.some((p) => p.whole);
  const suggestions = pages.length === 0 ? await shorterWords(terms, lookUp) : [];
  return { terms, pages, partial, suggestions };
}

/** Parts of the query's long words (退職金 → 退職) that some page holds as they are. */
async function shorterWords(terms: QueryTerm[], lookUp: LookUp): Promise<string[]> {
  const candidates: string[] = [];
  for (const { text } of terms) {
    const chars = [...text];
    if (chars.length < 3 || /^[\u3041-\u309f]+$/u.test(text)) continue;
    for (let size = chars.length - 1; size >= 2; size--) {
      for (let start = 0; start + size <= chars.length; start++) {
        const part = chars.slice(start, start + size).join('');
        if (!/[\u3041-\u309f]/u.test(part) && !candidates.includes(part)) candidates.push(part);
      }
    }
  }
  const found: string[] = [];
  for (const part of candidates) {
    if (found.length >= SUGGESTIONS) break;
    if (found.some((f) => f.includes(part))) continue;
    const hits = await lookUp(part, 5);
    if (hits.some((h) => h.content.normalize('NFKC').toLowerCase().includes(part))) found.push(part);
  }
  return found;
}
