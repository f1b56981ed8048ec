/**
 * The search regression list: what readers, employees and HR staff type, with the pages a person would accept as
 * the answer (paths under the site root; a hit is any of them). Written before the search was tuned, so that the
 * figures measure the search, not the list. Queries the site cannot answer have `expect: []`: they must not crash
 * the search and are left out of success@k.
 */
export interface SearchQuery {
  query: string;
  who: 'reader' | 'employee' | 'hr';
  /** Paths under the site root; `practice/faq/#x` is that FAQ answer, a page path accepts its sections too. */
  expect: string[];
  /** A question typed as a sentence, counted apart (questions s@3). */
  question?: true;
}

export const SEARCH_QUERIES: SearchQuery[] = [
  // Readers of the guide: the terms, the frame, the figures and where they come from.
  { who: 'reader', query: '不動層', expect: ['soshiki/fudo/', 'glossary/'] },
  { who: 'reader', query: 'キャリアオーナーシップ', expect: ['co-keiei/definition/', 'glossary/'] },
  { who: 'reader', query: 'C/O', expect: ['co-keiei/definition/', 'glossary/'] },
  { who: 'reader', query: 'ＣＯ', expect: ['co-keiei/definition/', 'glossary/'] },
  { who: 'reader', query: 'CO経営', expect: ['co-keiei/definition/', 'co-keiei/purpose/', 'glossary/'] },
  { who: 'reader', query: 'キャリアオーナーシップとは', expect: ['co-keiei/definition/', 'glossary/'] },
  { who: 'reader', query: 'career ownership', expect: ['co-keiei/definition/', 'glossary/'] },
  { who: 'reader', query: 'C/O人材', expect: ['glossary/', 'co-keiei/frame/'] },
  { who: 'reader', query: '見える 増やす つなぐ', expect: ['co-keiei/frame/'] },
  { who: 'reader', query: 'みえる', expect: ['co-keiei/frame/', 'glossary/'] },
  { who: 'reader', query: 'ふどうそう', expect: ['soshiki/fudo/', 'glossary/'] },
  { who: 'reader', query: '浸透ステップ', expect: ['co-keiei/steps/', 'glossary/'] },
  { who: 'reader', query: '三つのアプローチ', expect: ['co-keiei/approaches/'] },
  { who: 'reader', query: '経営インフラ', expect: ['co-keiei/purpose/'] },
  { who: 'reader', query: '自社での発揮', expect: ['soshiki/groups/', 'glossary/'] },
  { who: 'reader', query: 'リーチ不足群', expect: ['soshiki/groups/', 'glossary/'] },
  { who: 'reader', query: '伸ばせていない群', expect: ['soshiki/groups/', 'glossary/'] },
  { who: 'reader', query: '成長サイクル', expect: ['soshiki/cycle/', 'glossary/'] },
  { who: 'reader', query: '知る 気づく 拡げる', expect: ['soshiki/cycle/'] },
  { who: 'reader', query: '体現度', expect: ['glossary/', 'keiei/matrix/'] },
  { who: 'reader', query: '伸長層', expect: ['glossary/', 'tools/model/'] },
  { who: 'reader', query: '事業貢献 マトリクス', expect: ['keiei/matrix/', 'tools/matrix/'] },
  { who: 'reader', query: '象限', expect: ['keiei/matrix/', 'tools/matrix/'] },
  { who: 'reader', query: '30代', expect: ['keiei/thirties/', 'kojin/age-bands/'] },
  { who: 'reader', query: '経済産業省', expect: ['co-keiei/definition/', 'sources/'] },
  { who: 'reader', query: '人材版伊藤レポート', expect: ['sources/', 'co-keiei/definition/'] },
  { who: 'reader', query: '出典', expect: ['sources/'] },
  { who: 'reader', query: 'C/O経営スコア', expect: ['glossary/', 'tools/org-check/'] },
  // practice/faq/#disclosure (人的資本の開示に使えるか) is a FAQ answer added after this list was written.
  { who: 'reader', query: '人的資本', expect: ['co-keiei/purpose/', 'co-keiei/definition/', 'practice/faq/#disclosure'] },

  // Employees checking themselves: the self-check, their age band, what to try.
  { who: 'employee', query: '自己診断', expect: ['tools/self-check/', 'kojin/self-check/'] },
  { who: 'employee', query: 'セルフチェック', expect: ['tools/self-check/', 'kojin/self-check/', 'tools/org-check/'] },
  { who: 'employee', query: '年代別 停滞理由', expect: ['kojin/age-bands/'] },
  { who: 'employee', query: '若手', expect: ['kojin/age-bands/', 'kojin/measures/'] },
  { who: 'employee', query: '中堅', expect: ['kojin/age-bands/', 'kojin/measures/'] },
  { who: 'employee', query: 'ミドル', expect: ['kojin/age-bands/', 'glossary/'] },
  { who: 'employee', query: 'シニア', expect: ['kojin/age-bands/', 'kojin/measures/'] },
  { who: 'employee', query: '50代 キャリア', expect: ['kojin/age-bands/', 'kojin/measures/'] },
  { who: 'employee', query: 'リスキリング', expect: ['kojin/measures/', 'glossary/', 'co-keiei/steps/'] },
  { who: 'employee', query: '学び直し', expect: ['kojin/measures/', 'glossary/'] },
  { who: 'employee', query: '1on1', expect: ['soshiki/cycle/', 'kojin/measures/', 'glossary/'] },
  { who: 'employee', query: '１ｏｎ１', expect: ['soshiki/cycle/', 'kojin/measures/', 'glossary/'] },
  { who: 'employee', query: 'ワンオンワン', expect: ['soshiki/cycle/', 'kojin/measures/', 'glossary/'] },
  { who: 'employee', query: '副業', expect: ['glossary/', 'kojin/measures/'] },
  { who: 'employee', query: '社内公募', expect: ['kojin/measures/', 'co-keiei/frame/', 'soshiki/groups/'] },
  { who: 'employee', query: '越境学習', expect: ['co-keiei/frame/', 'kojin/measures/'] },
  { who: 'employee', query: '結果の保存', expect: ['tools/self-check/', 'kojin/self-check/', 'how-to-use/'] },
  { who: 'employee', query: '上司との面談', expect: ['soshiki/cycle/', 'soshiki/groups/', 'kojin/measures/'] },
  { who: 'employee', query: '施策一覧', expect: ['kojin/measures/'] },

  // HR staff: tools for the organisation, pooling results, putting the site on the intranet.
  { who: 'hr', query: 'チーム集計', expect: ['tools/team/'] },
  { who: 'hr', query: 'CSV', expect: ['tools/team/', 'tools/org-check/'] },
  { who: 'hr', query: '埋め込み', expect: ['tools/embed/'] },
  { who: 'hr', query: 'iframe', expect: ['tools/embed/'] },
  { who: 'hr', query: 'イントラネット', expect: ['tools/embed/'] },
  { who: 'hr', query: '診断モデル 設問', expect: ['tools/model/'] },
  { who: 'hr', query: '組織 セルフチェック', expect: ['tools/org-check/'] },
  { who: 'hr', query: '浸透 段階', expect: ['co-keiei/steps/'] },
  { who: 'hr', query: '共有リンク', expect: ['how-to-use/', 'tools/team/'] },
  // keiei/matrix/ no longer speaks of 離職 (the guide branch took that reading out); the KPI page defines 離職率.
  { who: 'hr', query: '離職', expect: ['keiei/matrix/', 'keiei/thirties/', 'practice/kpi/'] },
  { who: 'hr', query: '管理職', expect: ['how-to-use/', 'tools/org-check/'] },
  { who: 'hr', query: 'C/O経営の目的', expect: ['co-keiei/purpose/'] },

  // Added for search v3 (issue 23), written from the chapters' headings and descriptions before any result was
  // looked at: questions typed as sentences, the words readers use rather than the site's, HR and employee tasks.
  { who: 'hr', question: true, query: '部下から転職したいと言われたらどうすればいい', expect: ['practice/faq/#wants-to-leave'] },
  { who: 'hr', question: true, query: '効果が出るまでどのくらいかかる', expect: ['practice/faq/#time-to-effect'] },
  { who: 'hr', question: true, query: '最初の90日で何をすればいい', expect: ['practice/roadmap/'] },
  { who: 'employee', question: true, query: '役職定年のあとどう働けばいいか', expect: ['kojin/age-bands/', 'kojin/measures/'] },
  { who: 'reader', question: true, query: 'キャリアオーナーシップとは何か', expect: ['co-keiei/definition/', 'glossary/'] },
  { who: 'employee', question: true, query: '自己診断の結果は人事評価に使われますか', expect: ['practice/faq/#evaluation', 'practice/announce/'] },
  { who: 'reader', question: true, query: '不動層とは何ですか', expect: ['soshiki/fudo/', 'glossary/'] },
  { who: 'hr', question: true, query: '管理職の負担はどれくらい増えるのか', expect: ['practice/faq/#manager-load', 'practice/roadmap/'] },
  { who: 'hr', question: true, query: '1on1で何を聞けばいいかわからない', expect: ['practice/faq/#how-to-ask', 'practice/talk-sheets-groups/'] },
  { who: 'hr', question: true, query: '社内サーバーにどうやって置くの', expect: ['deploy/'] },
  { who: 'hr', question: true, query: '同意書の文例はありますか', expect: ['practice/consent/'] },
  { who: 'hr', question: true, query: '社員への告知文はどう書けばいい', expect: ['practice/announce/'] },
  { who: 'hr', question: true, query: 'KPIはどうやって計算するのか', expect: ['practice/kpi/'] },
  { who: 'reader', question: true, query: '30代が辞めるのはなぜか', expect: ['keiei/thirties/'] },
  { who: 'employee', question: true, query: '自分が不動層と診断されたらやる気がないということ？', expect: ['practice/faq/#am-i-fudo'] },
  { who: 'hr', question: true, query: '診断ツールを社内ポータルに載せたい', expect: ['tools/embed/'] },
  { who: 'hr', question: true, query: 'Googleフォームで自己診断を全社に実施するには', expect: ['tools/survey/'] },
  { who: 'employee', query: 'じこしんだん', expect: ['tools/self-check/', 'kojin/self-check/'] },
  { who: 'hr', query: 'アンケート 取り込み', expect: ['tools/team/', 'tools/survey/'] },
  { who: 'hr', query: '施策 導入手順', expect: ['practice/roadmap/'] },
  { who: 'employee', query: 'キャリアシート', expect: ['practice/career-sheet/'] },
  { who: 'employee', query: '停滞理由', expect: ['kojin/age-bands/'] },
  { who: 'reader', query: 'リーチ不足', expect: ['soshiki/groups/', 'glossary/'] },
  { who: 'hr', query: '同意書', expect: ['practice/consent/'] },
  { who: 'hr', query: '告知文', expect: ['practice/announce/'] },
  { who: 'hr', query: '面談シート', expect: ['practice/talk-sheets-ages/', 'practice/talk-sheets-groups/'] },
  { who: 'hr', query: 'KPI', expect: ['practice/kpi/'] },
  { who: 'hr', query: 'nginx', expect: ['deploy/'] },
  { who: 'hr', query: 'Microsoft Forms', expect: ['tools/survey/'] },
  { who: 'hr', query: 'グーグルフォーム', expect: ['tools/survey/'] },
  { who: 'hr', query: '経営会議', expect: ['practice/kpi/', 'practice/faq/#board'] },
  { who: 'reader', query: '象限の意味', expect: ['keiei/matrix/'] },
  { who: 'reader', query: '事例', expect: ['practice/case/'] },
  { who: 'reader', query: 'A社', expect: ['practice/case/'] },
  { who: 'hr', query: '役割分担', expect: ['practice/roadmap/'] },
  { who: 'hr', query: 'トップメッセージ', expect: ['practice/announce/'] },

  // Questions this site does not answer: the search must say so and point to the glossary and the chapters.
  { who: 'employee', query: '育休', expect: [] },
  { who: 'employee', query: '退職金', expect: [] },
  { who: 'hr', query: '給与計算', expect: [] },
  { who: 'employee', query: '給与明細', expect: [] },
  { who: 'employee', query: '育児休業の申請', expect: [] },
  { who: 'employee', query: '有給休暇', expect: [] },
];
