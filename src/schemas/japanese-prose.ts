/**
 * YAML folds a wrapped line into a space, which Japanese text must not have. Removing a run of white space
 * between two Japanese characters lets editors wrap long sentences in data files freely. Shared by the content
 * schemas (what the site renders) and the prose linter (what textlint reads), so both see the same sentence.
 */
export function joinJapaneseLines(s: string): string {
  return s.replace(/(?<=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef])/gu, '');
}
