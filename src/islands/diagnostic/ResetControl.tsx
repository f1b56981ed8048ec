/** 「最初からやり直す」, with a confirmation before saved answers are erased. */
export function ResetControl({ confirming, onAsk, onCancel, onConfirm }: { confirming: boolean; onAsk: () => void; onCancel: () => void; onConfirm: () => void }) {
  if (!confirming) {
    return (
      <p class="reset-row">
        <button type="button" class="widget-link-button" onClick={onAsk}>
          最初からやり直す
        </button>
      </p>
    );
  }
  return (
    <div class="reset-row widget-card" role="group" aria-label="回答の消去の確認">
      <p>このブラウザに保存した回答をすべて消して、最初からやり直しますか。</p>
      <div class="button-row">
        <button type="button" class="widget-button is-danger" onClick={onConfirm}>
          回答を消してやり直す
        </button>
        <button type="button" class="widget-button is-secondary" onClick={onCancel}>
          やめる
        </button>
      </div>
    </div>
  );
}
