import { ALPHA_MIN_PEOPLE } from '../../lib/team/alpha';
import type { FaceAlpha } from '../../lib/team/pool';
import { alphaSentences } from '../../lib/team/team-sentences';
import type { TeamSentences } from '../../schemas/team-sentence';

interface Props {
  alpha: FaceAlpha[];
  count: number;
  sentences: TeamSentences;
}

/** Whether each face's items hang together on this organisation's answers (Cronbach's α), in plain words. */
export function AlphaReport({ alpha, count, sentences }: Props) {
  const shown = alphaSentences(sentences, alpha, count);
  const reading = shown.map((s) => s.text);
  // A sentence about faces below the mark is a warning; the others are notes.
  const warns = shown.some((s) => s.when.named?.includes('low'));
  return (
    <section aria-labelledby="team-alpha-heading">
      <h3 id="team-alpha-heading">設問のまとまり（クロンバックのα）</h3>
      <p>
        同じ軸を測る設問どうしが、この集まりの回答でどれだけ同じ向きに動いているかを表す数字です。1に近いほど、その軸の設問は1つのことをまとまって測れています。0.7を下回ると、その軸の平均点は設問ごとにばらばらな答えを混ぜたものになっている疑いがあり、軸の点数で部署や年代を比べるときは慎重に読んでください。
      </p>
      {count < ALPHA_MIN_PEOPLE ? (
        <p class="widget-note" data-testid="team-alpha">
          {reading.join('')}
        </p>
      ) : (
        <>
          <table class="score-table" data-testid="team-alpha">
            <thead>
              <tr>
                <th scope="col">軸</th>
                <th scope="col">α</th>
                <th scope="col">設問の数</th>
                <th scope="col">計算に使った人数</th>
              </tr>
            </thead>
            <tbody>
              {alpha.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.label}</th>
                  <td>{f.alpha === null ? '計算できません' : f.alpha.toFixed(2)}</td>
                  <td>{f.items}</td>
                  <td>{f.people}人</td>
                </tr>
              ))}
            </tbody>
          </table>
          {reading.length > 0 && (
            <p class={warns ? 'widget-warning' : 'widget-note'} role="note" data-testid="team-alpha-reading">
              {reading.join('')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
