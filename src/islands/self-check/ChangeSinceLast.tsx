import type { Instrument } from '../../schemas/instrument';
import type { Comparison, FaceChange } from '../../lib/self-check/history/compare';
import { dateLabel } from '../../lib/self-check/history/record';
import { formatScore as fmt } from '../ScorePanel';

const changeText = (f: FaceChange) => (f.delta === null ? '比べられる設問なし' : f.delta > 0 ? `${f.delta}点上がった` : f.delta < 0 ? `${-f.delta}点下がった` : '変わらない');

/**
 * The change since the previous kept result: per face on the items asked the same way in both, and the answers
 * that moved most. When the questions changed in between, it says so and how many items were compared.
 */
export function ChangeSinceLast({ c, previousAt, instrument }: { c: Comparison; previousAt: string; instrument: Instrument }) {
  const text = (id: string) => instrument.items.find((i) => i.id === id)?.text ?? id;
  const label = (n: number) => instrument.scale.labels[n - 1] ?? String(n);
  const faceLabel = (id: string) => c.faces.find((f) => f.id === id)?.label ?? id;
  return (
    <div class="journey-change" data-testid="change">
      <h3>前回（{dateLabel(previousAt)}）からの変化</h3>
      {!c.allShared && (
        <p class="widget-note" data-testid="change-versions">
          {c.beforeVersion === c.afterVersion ? '前回と今回では、設問の一部が違います。' : `前回は第${c.beforeVersion}版、今回は第${c.afterVersion}版の設問に答えています。`}
          文も向きも同じ{c.sharedItems}問（今回の{c.totalItems}問のうち）だけで、前回と今回の点数を計算し直して比べています。そのため、ここの点数は上の結果の点数と違うことがあります。
        </p>
      )}
      <table class="score-table change-table">
        <caption>軸ごとの点数の変化（0〜100）</caption>
        <thead>
          <tr>
            <th scope="col">軸</th>
            <th scope="col">前回</th>
            <th scope="col">今回</th>
            <th scope="col">変化</th>
          </tr>
        </thead>
        <tbody>
          {c.faces.map((f) => (
            <tr key={f.id} data-testid={`change-${f.id}`}>
              <th scope="row">{f.label}</th>
              <td>{fmt(f.before)}</td>
              <td>{fmt(f.after)}</td>
              <td data-delta={f.delta ?? ''}>{changeText(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.moved.length > 0 ? (
        <>
          <p>答えがいちばん大きく変わった設問:</p>
          <ul data-testid="moved">
            {c.moved.map((m) => (
              <li key={m.itemId}>
                「{text(m.itemId)}」：前回「{label(m.before)}」→ 今回「{label(m.after)}」（「{faceLabel(m.dimension)}」を{m.keyedDelta > 0 ? '上げる' : '下げる'}向き）
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>比べた設問の答えは、前回とすべて同じです。</p>
      )}
      <p class="widget-note">数点の上下は、答えたときの気分や職場の状況でも起こります。大きく動いた軸と設問を、振り返りや1on1の話題にしてください。</p>
    </div>
  );
}
