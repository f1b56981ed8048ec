import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { decodeHistoryFile, encodeHistoryFile, MAX_FILE_BYTES } from '../../lib/self-check/history/file';
import { dateLabel, type HistoryRecord } from '../../lib/self-check/history/record';
import { $historyNotice, importRecords, removeAll, removeRecord, setConsent, type HistoryState } from '../../stores/self-check-history';
import { $storageTrouble, storageTroubleMessage } from '../../stores/storage';
import { downloadText } from '../download';
import { formatScore as fmt } from '../ScorePanel';

type Message = { kind: 'ok' | 'error'; text: string };

const facesText = (r: HistoryRecord) => r.faces.map((f) => `${f.label} ${fmt(f.score)}`).join('・');

/**
 * The person's kept results: the consent to keep them, the list by date with a delete button each, and a file to
 * carry them to another browser. Everything stays in this browser; the file is made and read here.
 */
export function HistoryPanel({ history, currentId }: { history: HistoryState; currentId: string | null }) {
  const notice = useStore($historyNotice);
  const trouble = useStore($storageTrouble);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const exportFile = () => downloadText('co-self-check-history.json', encodeHistoryFile(history.records, new Date()), 'application/json');
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setMessage({ kind: 'error', text: 'ファイルが大きすぎます。何も取り込んでいません。このページの「記録をファイルに保存」で作ったファイルを選んでください。' });
    const read = decodeHistoryFile(await file.text());
    if (!read.ok) return setMessage({ kind: 'error', text: read.message });
    const added = importRecords(read.value);
    if (!added.ok) return setMessage({ kind: 'error', text: added.message });
    setMessage({ kind: 'ok', text: added.value === 0 ? 'ファイルの記録は、すべてこのブラウザに残っているものでした。新しく加えたものはありません。' : `ファイルから${added.value}件の記録を加えました。` });
  };
  return (
    <div class="journey-history" data-testid="history">
      <h3>結果の記録</h3>
      <p>記録しておくと、次にこの診断を受けたときに、前回からの変化を表示します。記録はこのブラウザの中だけに残り、どこにも送られません。同じ日に受け直したときは、その日の記録を新しい結果で置き換えます。</p>
      <p class="journey-consent">
        <label>
          <input type="checkbox" checked={history.consent} onChange={(e) => setConsent(e.currentTarget.checked)} data-testid="history-consent" />
          結果をこのブラウザに記録する
        </label>
      </p>
      <p class="widget-note">共用のパソコンでは記録しないでください。記録をやめても、これまでの記録は消えません。消すときは下のボタンを使ってください。</p>
      {trouble && (history.consent || history.records.length > 0) && (
        <p class="widget-banner is-error" role="alert">
          {storageTroubleMessage(trouble, '記録', '「記録をファイルに保存」で、記録をファイルに残せます。')}
        </p>
      )}
      {notice && (
        <p class="widget-banner is-error" role="alert">
          {notice}
        </p>
      )}
      {history.records.length > 0 ? (
        <ol class="journey-records" data-testid="history-list" aria-label="記録した結果（新しい順）">
          {history.records.map((r) => (
            <li key={r.id}>
              <span>
                <strong>{dateLabel(r.savedAt)}</strong>
                {r.id === currentId && '（今回）'}　{facesText(r)}
                <span class="widget-note">（第{r.version}版の設問）</span>
              </span>
              <button type="button" class="widget-link-button" onClick={() => removeRecord(r.id)} aria-label={`${dateLabel(r.savedAt)}の記録を消す`}>
                消す
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p data-testid="history-empty">このブラウザには、まだ記録がありません。</p>
      )}
      <div class="button-row no-print">
        <button type="button" class="widget-button is-secondary" onClick={exportFile} disabled={history.records.length === 0}>
          記録をファイルに保存
        </button>
        <label class="widget-button is-secondary journey-import">
          ファイルから記録を読み込む
          <input type="file" accept="application/json,.json" class="sr-only" onChange={(e) => void importFile(e.currentTarget)} data-testid="history-import" />
        </label>
        {history.records.length > 0 && !confirmAll && (
          <button type="button" class="widget-link-button" onClick={() => setConfirmAll(true)}>
            記録をすべて消す
          </button>
        )}
      </div>
      {confirmAll && (
        <div class="widget-card" role="group" aria-label="記録の消去の確認">
          <p>このブラウザに残した{history.records.length}件の記録をすべて消し、記録するのもやめますか。今の回答は消えません。</p>
          <div class="button-row">
            <button type="button" class="widget-button is-danger" onClick={() => (removeAll(), setConfirmAll(false), setMessage(null))}>
              記録をすべて消す
            </button>
            <button type="button" class="widget-button is-secondary" onClick={() => setConfirmAll(false)}>
              やめる
            </button>
          </div>
        </div>
      )}
      {message && (
        <p class={message.kind === 'error' ? 'widget-banner is-error' : 'widget-banner'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="history-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
