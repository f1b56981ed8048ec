import { z } from 'astro/zod';

/**
 * One group of words a reader may type for the same thing (content/data/search-synonyms.yaml). The search looks
 * for every word of the group when a query holds any of them; the first word is the one the site itself uses.
 */
export const searchSynonymSchema = z
  .object({
    words: z
      .array(z.string().trim().min(1, '空の語は書けません').max(30, '語は30文字以下にしてください'))
      .min(2, 'words には2つ以上の語を書いてください（このサイトの言葉と、読者が使う言葉）')
      .refine((w) => new Set(w).size === w.length, 'words に同じ語が二度あります'),
  })
  .strict();

export type SearchSynonym = z.output<typeof searchSynonymSchema>;
