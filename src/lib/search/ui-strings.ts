/**
 * Every message of the search dialog, in Japanese. Pagefind UI takes them as `translations`; Starlight would
 * otherwise pass its English fallbacks ("14 results for…") on a lang="ja" site. [SEARCH_TERM] is what the reader
 * typed, [COUNT] a number, [DIFFERENT_TERM] Pagefind's suggestion.
 */
export const PAGEFIND_UI_STRINGS = {
  placeholder: '検索',
  search_label: 'このサイトを検索',
  clear_search: '消去',
  load_more: 'さらに表示',
  filters_label: '絞り込み',
  zero_results: '「[SEARCH_TERM]」に一致するページはありません',
  many_results: '「[SEARCH_TERM]」の検索結果：[COUNT]件',
  one_result: '「[SEARCH_TERM]」の検索結果：[COUNT]件',
  total_zero_results: '検索結果はありません',
  total_one_result: '検索結果：[COUNT]件',
  total_many_results: '検索結果：[COUNT]件',
  alt_search: '「[SEARCH_TERM]」に一致するページはありません。代わりに「[DIFFERENT_TERM]」の結果を表示しています',
  search_suggestion: '「[SEARCH_TERM]」に一致するページはありません。次の語で探してみてください：',
  searching: '「[SEARCH_TERM]」を検索しています…',
  results_label: '検索結果',
  keyboard_navigate: '移動',
  keyboard_select: '選択',
  keyboard_clear: '消去',
  keyboard_close: '閉じる',
  keyboard_search: '検索',
  error_search: '検索できませんでした。ページを再読み込みしてから、もう一度お試しください',
  filter_selected_one: '[COUNT]件を選択中',
  filter_selected_many: '[COUNT]件を選択中',
  input_hint: '入力すると検索結果が表示されます',
  loading: '読み込んでいます…',
} as const;

/** Messages of this site's own additions around Pagefind's list. */
export const SEARCH_HELP = {
  preparing: '検索を準備しています…',
  failed: '検索を読み込めませんでした。用語集と目次から探せます。',
  noWholeMatch: (query: string) => `「${query}」のすべての語を含むページはありません。一部の語に一致したページを表示しています。`,
  lookElsewhere: '探している言葉が見つからないときは、次のページから探せます。',
  glossary: '用語集',
  chapters: 'ガイドの全体の構成',
} as const;
