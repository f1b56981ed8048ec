import type { SelfCheckData } from '../../lib/self-check/engine';

/**
 * The self-check's whole data (rules, 不動層 groups, measures), which the workers score with and the result views
 * read, imported once when first asked for: the team page itself shows only what the questions' data holds (items,
 * choices, age bands), so it loads without the rest. A failed import is forgotten, so a later call tries again.
 */
let loading: Promise<SelfCheckData> | null = null;
export function loadSelfCheckData(): Promise<SelfCheckData> {
  loading ??= import('../data/self-check').then(
    (m) => m.selfCheckData,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** What HR reads when that import fails, by where it was asked for: each way of trying again retries it. */
export const DATA_FAILED = {
  count: '集計に必要なファイルを読み込めませんでした。入力した内容はそのままです。接続を確かめて、もう一度集計してください。',
  survey: '集計に必要なファイルを読み込めませんでした。接続を確かめて、もう一度ファイルを選んでください。',
};
