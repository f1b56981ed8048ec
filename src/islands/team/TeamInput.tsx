import { useState } from 'preact/hooks';

interface Props {
  text: string;
  onText: (text: string) => void;
  files: readonly File[];
  onFiles: (list: FileList | null) => void;
  notice: string | null;
  busy: boolean;
  onRun: () => void;
  onClear: () => void;
}

/** Where HR gives the team's results: pasted links or JSON, chosen or dropped files, and the buttons to count or clear. */
export function TeamInput({ text, onText, files, onFiles, notice, busy, onRun, onClear }: Props) {
  const [dragging, setDragging] = useState(false);
  return (
    <div class="team-input no-print">
      <label for="team-paste">共有リンクまたは結果のJSONを貼り付け（1行に1件）</label>
      <textarea id="team-paste" rows={6} value={text} onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value)} />
      <div
        class={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          onFiles(e.dataTransfer?.files ?? null);
        }}
      >
        <label for="team-files">結果ファイル（JSON）やアンケートの回答ファイル（CSV）を選ぶか、ここにドロップ</label>
        <input id="team-files" type="file" multiple accept=".json,.txt,.jsonl,.csv,.tsv,.xlsx,.xls,application/json,text/plain,text/csv" onChange={(e) => onFiles((e.currentTarget as HTMLInputElement).files)} />
        {notice && (
          <p class="widget-warning" role="status">
            {notice}
          </p>
        )}
        {files.length > 0 && <p class="widget-note">{files.length}件のファイル：{files.map((f) => f.name).join('、')}</p>}
      </div>
      <div class="button-row">
        <button type="button" class="widget-button" onClick={onRun} disabled={busy || (!text.trim() && files.length === 0)}>
          集計する
        </button>
        <button type="button" class="widget-button is-secondary" onClick={onClear}>
          すべて消す
        </button>
      </div>
    </div>
  );
}
