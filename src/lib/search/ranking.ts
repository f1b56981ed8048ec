/**
 * Pagefind's ranking weights, shared by the search dialog and the regression suite so both rank alike.
 * These are Starlight's defaults (short pages and repeated terms count a little, close spellings a lot).
 */
export const PAGEFIND_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
} as const;
