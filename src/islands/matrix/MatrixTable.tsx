import { chapterHref } from '../../lib/links';
import { isTooSmall } from '../../lib/matrix/rows';
import { quadrantFor, type MatrixView } from '../../lib/matrix/view';
import type { MatrixSettings } from '../../schemas/matrix';

interface Props {
  view: MatrixView;
  settings: MatrixSettings;
  base: string;
  minGroupSize: number;
}

/** The figures beside the plot: each row's number, label, scores, headcount if given, and quadrant (a link to its chapter). */
export function MatrixTable({ view, settings, base, minGroupSize }: Props) {
  const { listed, hasHeadcount, numberOf, split } = view;
  const hidden = `${minGroupSize}人未満のため表示しません`;
  return (
    <table class="score-table" data-testid="matrix-table">
      <caption>{view.isIllustration ? '例示の数値と象限（番号は図の点）' : '入力した数値と象限（番号は図の点）'}</caption>
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
          const quadrant = quadrantFor(r, settings, split);
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
  );
}
