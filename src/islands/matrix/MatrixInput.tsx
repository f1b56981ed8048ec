import type { RowDraft } from '../../lib/matrix/view';

interface Props {
  text: string;
  onText: (text: string) => void;
  draft: RowDraft;
  onDraft: (draft: RowDraft) => void;
  onAdd: (e: Event) => void;
}

/** Where the reader enters figures: the whole list as text, or one row at a time. */
export function MatrixInput({ text, onText, draft, onDraft, onAdd }: Props) {
  return (
    <div class="matrix-input no-print">
      <label for="matrix-csv">数値（1行に「ラベル, C/O体現度, 事業貢献」、あれば「, 人数」。0〜100。表計算ソフトからの貼り付けもできます）</label>
      <textarea id="matrix-csv" rows={7} value={text} onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value)} placeholder={'30代前半,71,45\n40代,49,62'} />
      <form class="matrix-add" onSubmit={onAdd} aria-label="1行ずつ追加">
        <label>
          ラベル
          <input required value={draft.label} onInput={(e) => onDraft({ ...draft, label: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          C/O体現度
          <input required inputMode="decimal" value={draft.co} onInput={(e) => onDraft({ ...draft, co: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          事業貢献
          <input required inputMode="decimal" value={draft.contribution} onInput={(e) => onDraft({ ...draft, contribution: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <button type="submit" class="widget-button is-secondary">
          行を追加
        </button>
      </form>
    </div>
  );
}
