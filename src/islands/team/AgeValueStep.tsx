import type { AgeValue, AgeValueChoices } from '../../lib/team/age-values';
import type { SelfCheckData } from '../../lib/self-check/engine';

interface Props {
  values: AgeValue[];
  choices: AgeValueChoices;
  bands: SelfCheckData['ageBands'];
  onChoose: (value: string, band: string | undefined) => void;
}

/**
 * The age values of a company's own survey that are not one of the site's bands, each asked once: which band it
 * counts as, or 「使わない」 (its rows are then listed, not counted). A proposal is filled in only where the ages
 * lie inside one band.
 */
export function AgeValueStep({ values, choices, bands, onChoose }: Props) {
  return (
    <section aria-labelledby="survey-age-heading" data-testid="survey-age-values">
      <h4 id="survey-age-heading">年代の値を層に当てはめる</h4>
      <p>
        年代の列に、この診断の層（{bands.map((b) => `${b.label}＝${b.ages}`).join('、')}）と違う値があります。値ごとに、どの層として数えるかを選んでください。どの層にも当てはまらない値は「使わない」を選ぶと、その行は集計に入れず、理由を一覧に載せます。
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="年代の値と層">
        <table class="score-table">
          <thead>
            <tr>
              <th scope="col">ファイルの値</th>
              <th scope="col">行数</th>
              <th scope="col">数える層</th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => (
              <tr key={v.value}>
                <th scope="row">{v.value}</th>
                <td>{v.rows.toLocaleString('ja-JP')}</td>
                <td>
                  <select aria-label={`年代の値「${v.value}」を数える層`} value={choices[v.value] ?? '?'} onChange={(e) => {
                    const chosen = (e.currentTarget as HTMLSelectElement).value;
                    onChoose(v.value, chosen === '?' ? undefined : chosen);
                  }}>
                    <option value="?">選んでください</option>
                    {bands.map((b) => (
                      <option key={b.id} value={b.id}>
                        {b.label}（{b.ages}）
                      </option>
                    ))}
                    <option value="">使わない</option>
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
