/**
 * What kind of page a result is, and how much that kind counts when a reader searches for a term. A reader who
 * types a term wants the chapter that explains it or the tool of that name; printable sheets and templates repeat
 * the term many times (which Pagefind rewards) but are the answer only when asked for by name, and a page's
 * title naming the term is the strongest sign that it is that term's page.
 */
export type PageType = 'answer' | 'tool' | 'chapter' | 'reference' | 'sheet';

/** Multipliers of a page's score by its type. Written down here and tested in test/unit/search-ranking.test.ts. */
export const PAGE_TYPE_WEIGHTS: Record<PageType, number> = {
  /** One question of the FAQ with its answer, indexed on its own (src/integrations/search-index.ts). */
  answer: 1,
  /** A tool a reader uses: the self-check, the org check, the matrix, team pooling, embedding. */
  tool: 1.15,
  /** A chapter of the guide. */
  chapter: 1,
  /** The glossary, the sources, the model's notes, deployment, the FAQ page as a whole. */
  reference: 0.9,
  /** Printable sheets and templates (1on1 and interview sheets, the career sheet, the consent form). */
  sheet: 0.55,
};

/** Extra weight for a page whose title holds the query's words, by the share of its strong words it holds. */
export const TITLE_MATCH_BONUS = 1;
/** Extra weight for a page with a section headed by the query's word: the section that explains the term. */
export const HEADING_MATCH_BONUS = 0.5;

const SHEETS = [
  'practice/talk-sheets-groups/',
  'practice/talk-sheets-ages/',
  'practice/career-sheet/',
  'practice/consent/',
  'practice/announce/',
  'practice/trial-plan/',
  'practice/board-report/',
];
const REFERENCES = ['glossary/', 'sources/', 'deploy/', 'tools/model/', 'practice/faq/'];

/** The type of the page at `path` (relative to the site root, e.g. `tools/self-check/` or `practice/faq/#evaluation`). */
export function pageTypeOf(path: string): PageType {
  if (path.startsWith('practice/faq/#')) return 'answer';
  const page = path.replace(/[#?].*$/, '');
  if (SHEETS.includes(page)) return 'sheet';
  if (REFERENCES.includes(page)) return 'reference';
  if (page.startsWith('tools/')) return 'tool';
  return 'chapter';
}
