import { useRef, useState } from 'preact/hooks';

/** Shows a share link with a copy button and the warning that the link carries personal answers. */
const ANSWERS_WARNING =
  'このリンクにはあなたの回答がそのまま入っています。渡す相手を選んでください。リンクの「#」より後ろはサーバーに送られませんが、リンクを受け取った人は結果を見られます。';

export function ShareLink({ url, warning = ANSWERS_WARNING }: { url: string; warning?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('コピーしました。');
    } catch {
      input.current?.select();
      setCopied('自動でコピーできませんでした。選択されたリンクを Ctrl+C でコピーしてください。');
    }
  };
  return (
    <div class="share-link widget-card">
      <label for="share-url">共有リンク</label>
      <div class="share-row">
        <input id="share-url" ref={input} type="text" readOnly value={url} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        <button type="button" class="widget-button" onClick={copy}>
          コピー
        </button>
      </div>
      <p class="widget-note" role="status">
        {copied}
      </p>
      <p class="widget-warning">{warning}</p>
    </div>
  );
}
