import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { sharePagePath } from '../../lib/embed-links';
import { chapterHref } from '../../lib/links';
import { isTooSmall, medianSplit, parseMatrixRows, quadrantOf, rowsToCsv, type MatrixRow } from '../../lib/matrix/rows';
import { decodeMatrixCode, encodeMatrixCode } from '../../lib/matrix/share';
import type { MatrixSettings } from '../../schemas/matrix';
import { $matrixText as $text } from '../../stores/matrix';
import { $storageTrouble } from '../../stores/storage';
import { downloadText } from '../download';
import { ShareLink } from '../ShareLink';
import { StorageTroubleBanner } from '../StorageTroubleBanner';
import { QuadrantPlot } from './QuadrantPlot';

interface Props {
  settings: MatrixSettings;
  base: string;
  /** Rows that give a headcount below this are not shown (content/data/site-settings.yaml). */
  minGroupSize: number;
}

const SHARE_PREFIX = '#m=';

/** The C/O × 事業貢献 matrix: paste or type figures per age band or department, see them on the quadrants. */
export default function CoMatrix({ settings, base, minGroupSize }: Props) {
  const saved = useStore($text);
  const storedTrouble = useStore($storageTrouble);
  const [mounted, setMounted] = useState(false);
  const [shared, setShared] = useState<MatrixRow[] | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [draft, setDraft] = useState({ label: '', co: '', contribution: '' });
  const [splitMode, setSplitMode] = useState<'fixed' | 'median'>('fixed');
  useEffect(() => {
    setMounted(true);
    if (location.hash.startsWith(SHARE_PREFIX)) {
      let code: string | null = null;
      try {
        code = decodeURIComponent(location.hash.slice(SHARE_PREFIX.length));
      } catch {
        /* a percent sign cut in half: reported below */
      }
      // A link that does not decode shows the reader's own input with the reason, never other or example figures.
      const r = code === null ? null : decodeMatrixCode(code);
      if (r?.ok) setShared(r.rows);
      else setLinkError(r ? r.message : '共有リンクが途中で切れているため、数値を読み取れません。送ってくれた人に、もう一度リンクをコピーしてもらってください。');
    }
  }, []);
  // Saved figures and storage messages appear only after hydration: the server rendered neither.
  const text = mounted ? saved : '';
  const trouble = mounted ? storedTrouble : null;
  const own = parseMatrixRows(text);
  const rows = shared ?? own.rows;
  const problems = shared ? [] : own.problems;
  const listed: MatrixRow[] = rows.length ? rows : settings.illustration;
  const isIllustration = rows.length === 0;
  const showing = listed.filter((r) => !isTooSmall(r, minGroupSize));
  const split = (splitMode === 'median' && medianSplit(showing)) || settings.split;
  const hasHeadcount = listed.some((r) => r.headcount !== undefined);
  const hidden = `${minGroupSize}人未満のため表示しません`;
  const numberOf = new Map(showing.map((r, i) => [r, i + 1]));
  const q = (id: string) => settings.quadrants.find((x) => x.id === id)!;
  const names = Object.fromEntries(settings.quadrants.map((x) => [x.id, x.label])) as Record<'a' | 'b' | 'c' | 'd', string>;

  const addRow = (e: Event) => {
    e.preventDefault();
    const line = `${draft.label},${draft.co},${draft.contribution}`;
    $text.set(saved.trim() ? `${saved.trim()}\n${line}` : line);
    setDraft({ label: '', co: '', contribution: '' });
  };

  return (
    <div class="co-matrix not-content" data-pagefind-ignore="">
      {shared !== null && (
        <div class="widget-banner" role="status">
          <p>共有リンクの数値を表示しています。このブラウザに保存されているあなたの入力は変わりません。</p>
          <button
            type="button"
            class="widget-button"
            onClick={() => {
              history.replaceState(null, '', location.pathname + location.search);
              setShared(null);
            }}
          >
            自分の入力に戻る
          </button>
        </div>
      )}
      {trouble && shared === null && (
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
      {shared === null && (
        <div class="matrix-input no-print">
          <label for="matrix-csv">数値（1行に「ラベル, C/O体現度, 事業貢献」、あれば「, 人数」。0〜100。表計算ソフトからの貼り付けもできます）</label>
          <textarea id="matrix-csv" rows={7} value={text} onInput={(e) => $text.set((e.currentTarget as HTMLTextAreaElement).value)} placeholder={'30代前半,71,45\n40代,49,62'} />
          <form class="matrix-add" onSubmit={addRow} aria-label="1行ずつ追加">
            <label>
              ラベル
              <input required value={draft.label} onInput={(e) => setDraft({ ...draft, label: (e.currentTarget as HTMLInputElement).value })} />
            </label>
            <label>
              C/O体現度
              <input required inputMode="decimal" value={draft.co} onInput={(e) => setDraft({ ...draft, co: (e.currentTarget as HTMLInputElement).value })} />
            </label>
            <label>
              事業貢献
              <input required inputMode="decimal" value={draft.contribution} onInput={(e) => setDraft({ ...draft, contribution: (e.currentTarget as HTMLInputElement).value })} />
            </label>
            <button type="submit" class="widget-button is-secondary">
              行を追加
            </button>
          </form>
        </div>
      )}
      {isIllustration && (
        <p class="widget-warning" data-testid="illustration-note">
          数値が入るまでは、このサイトが想定した例を表示しています。ガイドブックが指摘する「30代」（C/O体現度の高い層が活かされず、スコアが下がりやすい）を図にしたもので、調査データではありません。
        </p>
      )}
      <fieldset class="matrix-split no-print">
        <legend>象限の分け方</legend>
        <label>
          <input type="radio" name="matrix-split" checked={splitMode === 'fixed'} onChange={() => setSplitMode('fixed')} />
          固定（C/O体現度{settings.split.co}・事業貢献{settings.split.contribution}）
        </label>
        <label>
          <input type="radio" name="matrix-split" checked={splitMode === 'median'} onChange={() => setSplitMode('median')} />
          入力した数値の中央値
        </label>
      </fieldset>
      <p class="widget-note" data-testid="matrix-split-note">
        いまの分け目：C/O体現度{split.co}、事業貢献{split.contribution}
        {splitMode === 'median' ? '（表示している行の中央値。およそ半分ずつが高い側と低い側に分かれます）' : ''}
      </p>
      <div class="matrix-view">
        <QuadrantPlot
          points={showing.map((r) => ({ label: String(numberOf.get(r)), co: r.co, contribution: r.contribution }))}
          split={split}
          names={names}
          summary={`散布図：${showing.map((r) => `${numberOf.get(r)}番の${r.label}はC/O体現度${r.co}、事業貢献${r.contribution}で${q(quadrantOf(r, split)).label}`).join('。')}`}
        />
        <table class="score-table" data-testid="matrix-table">
          <caption>{isIllustration ? '例示の数値と象限（番号は図の点）' : '入力した数値と象限（番号は図の点）'}</caption>
          <thead>
            <tr>
              <th scope="col">番号</th>
              <th scope="col">ラベル</th>
              <th scope="col">C/O体現度</th>
              <th scope="col">事業貢献</th>
              {hasHeadcount && <th scope="col">人数</th>}
              <th scope="col">象限</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((r) => {
              if (isTooSmall(r, minGroupSize)) {
                return (
                  <tr key={r.label}>
                    <td>—</td>
                    <th scope="row">{r.label}</th>
                    <td colSpan={hasHeadcount ? 4 : 3}>{hidden}</td>
                  </tr>
                );
              }
              const quadrant = q(quadrantOf(r, split));
              return (
                <tr key={r.label}>
                  <td>{numberOf.get(r)}</td>
                  <th scope="row">{r.label}</th>
                  <td>{r.co}</td>
                  <td>{r.contribution}</td>
                  {hasHeadcount && <td>{r.headcount ?? '—'}</td>}
                  <td>
                    <a href={chapterHref(quadrant.link, base)}>{quadrant.label}</a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {listed.some((r) => isTooSmall(r, minGroupSize)) && (
        <p class="widget-note" data-testid="matrix-small-groups">
          人数が{minGroupSize}人未満の行は、一人ひとりの回答が推しはかれてしまうため、図と表のどちらにも数値を出していません。
        </p>
      )}
      <h3>象限の読み方</h3>
      <dl class="quadrant-meanings">
        {settings.quadrants.map((x) => (
          <div key={x.id}>
            <dt>{x.label}</dt>
            <dd>
              {x.meaning}。{x.action}。
            </dd>
          </div>
        ))}
      </dl>
      {!isIllustration && shared === null && (
        <div class="button-row no-print">
          <button type="button" class="widget-button" onClick={() => setShareUrl(`${location.origin}${sharePagePath(location.pathname, base)}${SHARE_PREFIX}${encodeURIComponent(encodeMatrixCode(rows))}`)}>
            共有リンクを作る
          </button>
          <button type="button" class="widget-button" onClick={() => downloadText('co-matrix.csv', rowsToCsv(rows), 'text/csv')}>
            CSVで保存
          </button>
          <button type="button" class="widget-button" onClick={() => window.print()}>
            印刷する
          </button>
          <button type="button" class="widget-button is-secondary" onClick={() => $text.set('')}>
            入力を消す
          </button>
        </div>
      )}
      {shareUrl && <ShareLink url={shareUrl} warning="このリンクには入力した数値がそのまま入っています。社外秘の数値なら、渡す相手を選んでください。「#」より後ろはサーバーに送られません。" />}
    </div>
  );
}
