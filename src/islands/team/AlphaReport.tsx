import { ALPHA_LOW, ALPHA_MIN_PEOPLE } from '../../lib/team/alpha';
import type { FaceAlpha } from '../../lib/team/pool';

interface Props {
  alpha: FaceAlpha[];
  count: number;
}

/** Whether each face's items hang together on this organisation's answers (Cronbach's α), in plain words. */
export function AlphaReport({ alpha, count }: Props) {
  const low = alpha.filter((f) => f.alpha !== null && f.alpha < ALPHA_LOW);
  return (
    <section aria-labelledby="team-alpha-heading">
      <h3 id="team-alpha-heading">設問のまとまり（クロンバックのα）</h3>
      <p>
        同じ軸を測る設問どうしが、この集まりの回答でどれだけ同じ向きに動いているかを表す数字です。1に近いほど、その軸の設問は1つのことをまとまって測れています。0.7を下回ると、その軸の平均点は設問ごとにばらばらな答えを混ぜたものになっている疑いがあり、軸の点数で部署や年代を比べるときは慎重に読んでください。
      </p>
      {count < ALPHA_MIN_PEOPLE ? (
        <p class="widget-note" data-testid="team-alpha">
          {ALPHA_MIN_PEOPLE}人以上の回答がそろうと表示します（いまは{count}人）。人数が少ないと、αは偶然で大きく動くためです。
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
          {low.length > 0 && (
            <p class="widget-warning" role="note" data-testid="team-alpha-warning">
              {low.map((f) => `「${f.label}」`).join('')}のαが{ALPHA_LOW}を下回っています。この軸の設問が、この組織では別々のことを測っているのかもしれません。設問ごとの回答の分かれ方を見直すか、軸の平均点より設問ごとの回答を手がかりにしてください。
            </p>
          )}
        </>
      )}
    </section>
  );
}
