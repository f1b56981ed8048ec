import { useEffect } from 'preact/hooks';
import type { Diagnosis } from '../../lib/self-check/engine';
import { BAND_LABELS } from '../../lib/self-check/faces';
import type { Comparison } from '../../lib/self-check/history/compare';
import { dateLabel } from '../../lib/self-check/history/record';
import { MAX_TOPIC } from '../../lib/self-check/history/file';
import { firstStep } from '../../lib/self-check/summary';
import { formatScore as fmt } from '../ScorePanel';

/** The value of <html data-print> while the sheet alone is printed (see widgets' print rules). */
const PRINT_SHEET = 'sheet-1on1';

interface Props {
  d: Diagnosis;
  topic: string;
  onTopic: (text: string) => void;
  /** Whether what is typed is kept with the result in this browser. */
  kept: boolean;
  comparison: Comparison | null;
  /** When the result was kept, or null (today). */
  savedAt: string | null;
}

/** Ruled lines to write on by hand, as on the talk sheets of the practice chapters. */
const Lines = ({ n }: { n: number }) => <div class="write-space" style={{ '--lines': n }} aria-hidden="true" />;

const firstStepText = (d: Diagnosis): string => {
  const s = firstStep(d);
  if (!s) return '';
  if (s.kind === 'measure') return `${s.measure.title}：${s.measure.summary}`;
  if (s.kind === 'talk') return `「${s.face.label}」について話す。`;
  if (s.kind === 'all-high') return '身につけた力を、周りの人の相談相手として活かす。';
  return '時間をおいて、一問ずつ考えながら答え直す。';
};

/**
 * What the person wants to talk about in a 1on1, typed here, and the sheet that carries it to the conversation:
 * one A4 page with the four faces, the topic, the one thing to try and what to ask the manager. Printing sets
 * <html data-print> so the print rules leave out everything but the sheet; it is never sent anywhere.
 */
export function OneOnOneSheet({ d, topic, onTopic, kept, comparison, savedAt }: Props) {
  useEffect(() => {
    const done = () => delete document.documentElement.dataset.print;
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);
  const print = () => {
    document.documentElement.dataset.print = PRINT_SHEET;
    window.print();
  };
  const asks = d.consultMeasures.slice(0, 3);
  const change = (id: string) => comparison?.faces.find((f) => f.id === id)?.delta;
  return (
    <div class="journey-talk" data-testid="talk">
      <h3>1on1で話す</h3>
      <p>上司との1on1に、この結果を持っていけます。話したいことを書いておくと、4つの軸、まず試すこと、上司に相談したいことと一緒に、A4一枚のシートに印刷できます。</p>
      <label class="journey-topic" for="talk-topic">
        1on1で話したいこと
      </label>
      <textarea id="talk-topic" rows={4} maxLength={MAX_TOPIC} value={topic} onInput={(e) => onTopic(e.currentTarget.value)} aria-describedby="talk-topic-note" />
      <p class="widget-note" id="talk-topic-note">
        {kept ? '書いた内容は、この結果の記録と一緒に保存されます。保存先はこのブラウザの中だけで、どこにも送られません。' : '書いた内容は、このページを開いている間だけ残ります。下の「結果の記録」で記録を選ぶと、結果と一緒に保存できます。'}
      </p>
      <div class="button-row no-print">
        <button type="button" class="widget-button" onClick={print}>
          1on1シートを印刷する
        </button>
      </div>

      <section class="print-sheet journey-sheet" aria-labelledby="sheet-1on1-title" data-testid="sheet-1on1">
        <header class="print-sheet-head">
          <h3 id="sheet-1on1-title">1on1シート：キャリアについて話したいこと</h3>
          <div class="print-sheet-fields">
            {['実施日', '本人', '上司'].map((f) => (
              <span class="print-sheet-field" key={f}>
                <span>{f}</span>
                <span class="print-sheet-blank" aria-hidden="true" />
              </span>
            ))}
          </div>
        </header>
        <p>本人が自己診断の結果をもとに、話したいことを持ってきました。点数は話のきっかけです。良い悪いを決めるものではありません。</p>
        <div class="print-sheet-box">
          <h4>4つの軸（{dateLabel(savedAt ?? new Date().toISOString())}の自己診断、100点満点）</h4>
          <table class="journey-sheet-axes">
            <thead>
              <tr>
                <th scope="col">軸</th>
                <th scope="col">点数</th>
                {comparison && <th scope="col">前回から</th>}
              </tr>
            </thead>
            <tbody>
              {d.dimensions.map((f) => {
                const delta = change(f.id);
                return (
                  <tr key={f.id}>
                    <th scope="row">{f.label}</th>
                    <td>
                      {fmt(f.score)}点{d.labelShown && f.band && `（${BAND_LABELS[f.band]}）`}
                    </td>
                    {comparison && <td>{delta === null || delta === undefined ? '—' : delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '±0'}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div class="print-sheet-box">
          <h4>話したいこと</h4>
          {topic.trim() ? (
            <p class="journey-sheet-topic" data-testid="sheet-topic">
              {topic.trim()}
            </p>
          ) : (
            <Lines n={3} />
          )}
        </div>
        <div class="print-sheet-box">
          <h4>まず試してみること</h4>
          <p>{firstStepText(d)}</p>
        </div>
        <div class="print-sheet-box">
          <h4>上司に相談したいこと</h4>
          {asks.length > 0 && (
            <ul>
              {asks.map((m) => (
                <li key={m.id}>{m.ask ?? m.title}</li>
              ))}
            </ul>
          )}
          <Lines n={asks.length > 0 ? 1 : 2} />
        </div>
        <div class="print-sheet-box">
          <h4>次の一歩</h4>
          <p>本人が次にすること：</p>
          <Lines n={1} />
          <p>上司が手伝うこと：</p>
          <Lines n={1} />
          <p>次に話す日：</p>
        </div>
        <p class="print-sheet-note">上司の方へ：このシートは本人の振り返りのためのものです。評価や選抜には使わず、本人が話したいことから聞いてください。点数の理由は、本人の言葉で確かめてください。</p>
        <p class="print-sheet-foot">C/O経営 実践ガイド（ウェブ版）の自己診断より。診断はこのサイト独自のもので、検証を経た心理尺度ではありません。</p>
      </section>
    </div>
  );
}
