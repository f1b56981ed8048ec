/** Shown in the result's place while its code is still on the way, or if it could not be loaded. */
export function ResultLoading({ failed }: { failed: boolean }) {
  return failed ? (
    <div class="widget-banner is-error" role="alert">
      <p>結果の表示に必要なファイルを読み込めませんでした。回答はこのブラウザに残っています。ページを再読み込みしてください。</p>
    </div>
  ) : (
    <p class="widget-note" role="status">
      結果を準備しています…
    </p>
  );
}
