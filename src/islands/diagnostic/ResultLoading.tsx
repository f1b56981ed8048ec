/**
 * Shown in the result's place while its code is still on the way, or if it could not be loaded; `failedText` says
 * what the reader still has and what to do (by default, a diagnostic's: the answers stay in this browser).
 */
export function ResultLoading({ failed, failedText = '結果の表示に必要なファイルを読み込めませんでした。回答はこのブラウザに残っています。ページを再読み込みしてください。' }: { failed: boolean; failedText?: string }) {
  return failed ? (
    <div class="widget-banner is-error" role="alert">
      <p>{failedText}</p>
    </div>
  ) : (
    <p class="widget-note" role="status">
      結果を準備しています…
    </p>
  );
}
