import type { RowProblem } from '../../lib/matrix/rows';
import type { StorageTrouble } from '../../stores/storage';
import { StorageTroubleBanner } from '../StorageTroubleBanner';

interface Props {
  showingShared: boolean;
  onLeaveShared: () => void;
  trouble: StorageTrouble | null;
  linkError: string | null;
  problems: readonly RowProblem[];
}

/** The messages above the matrix: a shared link on show, storage trouble, a link that did not open, rows left out. */
export function MatrixBanners({ showingShared, onLeaveShared, trouble, linkError, problems }: Props) {
  return (
    <>
      {showingShared && (
        <div class="widget-banner" role="status">
          <p>共有リンクの数値を表示しています。このブラウザに保存されているあなたの入力は変わりません。</p>
          <button type="button" class="widget-button" onClick={onLeaveShared}>
            自分の入力に戻る
          </button>
        </div>
      )}
      {trouble && !showingShared && (
        <StorageTroubleBanner trouble={trouble} thing="入力した数値" keep="数値が入ると出る「CSVで保存」で、ファイルに残せます。" />
      )}
      {linkError && (
        <div class="widget-banner is-error" role="alert" data-testid="link-error">
          <p>共有リンクを開けませんでした。{linkError} 下には、このブラウザに保存されているあなたの入力を表示しています。</p>
        </div>
      )}
      {problems.length > 0 && (
        <div class="widget-banner is-error" role="alert">
          <div>
            <p>次の行は図に入れていません。直してから、もう一度確かめてください。</p>
            <ul data-testid="row-problems">
              {problems.map((p) => (
                <li key={p.line}>{p.message}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </>
  );
}
