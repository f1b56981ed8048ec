/**
 * The headings of the one-page report to the board, in order. The template page (practice/board-report) prints them
 * with what to write under each; a report the site writes from pooled results (the team view's round report) fills
 * the same headings, so a board sees the same page whichever way it was made.
 */
export const BOARD_REPORT_HEADINGS = [
  { id: 'scope', label: '1. 対象と時期', write: 'だれを対象に、いつからいつまでの何を見たか。対象者の人数と、自己診断を受けた人・提出した人の人数。' },
  { id: 'figures', label: '2. 主な数字', write: '到達・行動・結果の指標を3〜5つ。割合には必ず分母を添える（例：22人中9人で41%）。少人数の集まりは数字を出さない。' },
  { id: 'change', label: '3. 前回からの変化', write: '前回と今回を並べた値と、その差。定義を変えた指標は、前の定義での値も並べる。' },
  { id: 'reading', label: '4. 読み取れること', write: '数字から言えることと、まだ言えないことを分けて書く。現場の管理職や本人から聞いた理由があれば添える。' },
  { id: 'next', label: '5. 次の施策', write: '続ける施策、直す施策、やめる施策と、その理由。それぞれの担当と期限。経営に決めてほしいこと。' },
  { id: 'caveats', label: '6. 注意点', write: '回答した人の偏り（任意の自己診断に届いていない人がいること）、人数の少なさ、個人の評価に使わないこと。' },
] as const;

export type BoardReportHeadingId = (typeof BOARD_REPORT_HEADINGS)[number]['id'];
