/** Messages of the search dialog (src/components/search/search-dialog.ts). */
export const SEARCH_HELP = {
  inputLabel: 'このサイトを検索',
  results: '検索結果',
  keys: '↑↓で結果を選び、Enterで開きます。Escで閉じます。',
  preparing: '検索を準備しています…',
  failed: '検索を読み込めませんでした。用語集と目次から探せます。',
  error: '検索できませんでした。ページを再読み込みしてから、もう一度お試しください。',
  count: (query: string, n: number) => `「${query}」の検索結果：${n}件`,
  none: (query: string) => `「${query}」に一致するページはありません`,
  noWholeMatch: (words: string) => `「${words}」のすべてを含むページはありません。一部の語に一致したページを表示しています。`,
  tryShorter: '短い言葉で探してみてください：',
  faqAnswer: 'よくある質問',
  lookElsewhere: '探している言葉が見つからないときは、次のページから探せます。',
  glossary: '用語集',
  chapters: 'ガイドの全体の構成',
  contact: '社内の制度や手続きについては、人事の相談窓口に問い合わせてください：',
} as const;
