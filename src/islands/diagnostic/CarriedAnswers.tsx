/**
 * What became of the answers an embed handed over to the tool's own page (`#a=…`, when the portal's frame could not
 * save them): taken in, waiting for the reader to choose between them and answers saved here before, or unreadable.
 */
export type Carried =
  | { kind: 'taken'; count: number }
  | { kind: 'ask'; count: number; saved: number }
  | { kind: 'unreadable' };

interface Props {
  carried: Carried;
  onUseCarried: () => void;
  onKeepSaved: () => void;
  onDismiss: () => void;
}

export function CarriedAnswers({ carried, onUseCarried, onKeepSaved, onDismiss }: Props) {
  if (carried.kind === 'unreadable') {
    return (
      <div class="widget-banner is-error" role="alert" data-testid="carried-answers">
        <p>埋め込みから引き継いだ回答を読み取れませんでした。リンクが途中で切れているか、書き換えられています。このタブでは、このブラウザに保存されている回答から続けます。</p>
      </div>
    );
  }
  if (carried.kind === 'ask') {
    return (
      <div class="widget-banner" role="group" aria-label="引き継いだ回答の扱い" data-testid="carried-answers">
        <p>
          埋め込みで答えた回答（{carried.count}問）を引き継ぎました。このブラウザには、前に保存した回答（{carried.saved}問）もあります。どちらで続けますか。選ばなかったほうは消えます。
        </p>
        <div class="button-row">
          <button type="button" class="widget-button" onClick={onUseCarried}>
            埋め込みで答えた回答を使って続ける
          </button>
          <button type="button" class="widget-button is-secondary" onClick={onKeepSaved}>
            前に保存した回答で続ける
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="widget-banner" role="status" data-testid="carried-answers">
      <p>埋め込みで答えた回答（{carried.count}問）を引き継ぎました。このタブでは回答が保存されます。</p>
      <button type="button" class="widget-link-button" onClick={onDismiss}>
        閉じる
      </button>
    </div>
  );
}
